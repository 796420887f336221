using Alkboard.Cli;

return AlkboardApp.Run(args, Console.Out, Console.Error, Console.IsOutputRedirected ? null : SafeWidth());

static int? SafeWidth()
{
    try
    {
        return Console.WindowWidth > 0 ? Console.WindowWidth : null;
    }
    catch (IOException)
    {
        return null;
    }
}
