# R survival on the benchmark file: Kaplan-Meier per group with medians and 95% limits, log-rank,
# Cox (Efron). Prints the numbers compared with Alkboard and the seconds per step.
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
t0 <- proc.time()[["elapsed"]]
d <- read.csv(args[1])
t1 <- proc.time()[["elapsed"]]
fit <- survfit(Surv(time, status) ~ group, data = d)
q <- quantile(fit, probs = 0.5)
t2 <- proc.time()[["elapsed"]]
lr <- survdiff(Surv(time, status) ~ group, data = d)
t3 <- proc.time()[["elapsed"]]
cx <- coxph(Surv(time, status) ~ group, data = d)
t4 <- proc.time()[["elapsed"]]
s <- summary(cx)
out <- c(
  median_A = q$quantile[1], median_B = q$quantile[2],
  medianLower_A = q$lower[1], medianLower_B = q$lower[2],
  medianUpper_A = q$upper[1], medianUpper_B = q$upper[2],
  logrank = lr$chisq, hr = s$conf.int[1, "exp(coef)"], hr_lower = s$conf.int[1, "lower .95"], hr_upper = s$conf.int[1, "upper .95"],
  read_s = t1 - t0, km_s = t2 - t1, logrank_s = t3 - t2, cox_s = t4 - t3, compute_s = t4 - t1)
for (k in names(out)) cat(sub("\\.[^.]*$", "", k), "\t", formatC(out[[k]], digits = 15, format = "g"), "\n", sep = "")
