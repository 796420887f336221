# A synthetic 1,000,000-subject survival file: two groups (hazard ratio 0.8), exponential times
# rounded to 0.1 (many ties), about 30% censored. Deterministic (set.seed).
args <- commandArgs(trailingOnly = TRUE)
n <- if (length(args) > 1) as.integer(args[2]) else 1000000L
set.seed(20261123)
group <- sample(c("A", "B"), n, replace = TRUE)
rate <- ifelse(group == "A", 1 / 12, 0.8 / 12)
event_time <- rexp(n, rate)
censor_time <- rexp(n, 1 / 30)
time <- round(pmin(event_time, censor_time), 1) + 0.1
status <- as.integer(event_time <= censor_time)
write.csv(data.frame(time = time, status = status, group = group), args[1], row.names = FALSE, quote = FALSE)
