#!/usr/bin/env bash
# Writes the region-query fixtures (Fixtures/README.md): one synthetic GRCh38 VCF as BGZF, indexed
# with tabix (.tbi) and, as a copy, with a CSI index (.csi). Needs python3, bgzip and tabix (Debian's
# tabix package); the tests read the committed files and need none of them.
set -euo pipefail
cd "$(dirname "$0")"
python3 - > regions.grch38.vcf <<'PY'
print("##fileformat=VCFv4.2")
print("##source=SyntheticCaller")
print("##source_version=1.0")
print("##reference=GRCh38")
for c in ["chr1", "chr2", "chr5", "chr20"]:
    print(f"##contig=<ID={c},assembly=GRCh38>")
print('##INFO=<ID=END,Number=1,Type=Integer,Description="End position">')
print('##INFO=<ID=SVTYPE,Number=1,Type=String,Description="Type of structural variant">')
print('##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL">')
print('##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">')
print('##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">')
print("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR")
rows = []
def rec(chrom, pos, ref, alt, info=".", flt="PASS", gt="0/1:30,10"):
    rows.append(f"{chrom}\t{pos}\t.\t{ref}\t{alt}\t50\t{flt}\t{info}\tGT:AD\t{gt}")
def csq(alt, gene, n):
    return f"CSQ={alt}|missense_variant|{gene}|SYNTH-TX{n}.1|c.{3 * n - 1}C>T|p.Ala{n}Val|YES"
# chr1 around MCL1 (150574551-150579738): one annotated variant inside, an annotated non-KB gene outside.
for i, pos in enumerate(range(150_000_000, 151_000_000, 1000)):
    rec("chr1", pos, "C", "T", csq("T", "MCL1", 100 + i) if pos == 150_575_000 else (csq("T", "GENEX1", 7) if pos == 150_400_000 else "."))
# chr2 around ALK (29192774-29921566; read from 29187774 with the 5,000-base flank).
rec("chr2", 29_100_000, "N", "<DEL>", "SVTYPE=DEL;END=29200000;CSQ=<DEL>|transcript_ablation|ALK|SYNTH-TX1.1|||YES")
rec("chr2", 29_187_770, "ACGTACGT", "A", csq("A", "ALK", 2))  # starts before the region, overlaps it
rec("chr2", 29_187_760, "ACG", "A", csq("A", "GENEX2", 3))  # ends before the region
rows.sort(key=lambda r: (r.split("\t")[0], int(r.split("\t")[1])))
for n, pos in enumerate(range(29_000_000, 30_100_000, 400)):
    inside = 29_192_774 <= pos <= 29_921_566
    info = csq("T", "ALK", 1000 + n) if inside and n % 100 == 0 else "."
    rec("chr2", pos, "C", "T", info, flt="LowQual" if n % 37 == 0 else "PASS")
# chr5 around NPM1 (171387116-171411137), a CIViC fusion partner of the knowledge base.
for n, pos in enumerate(range(171_300_000, 171_500_000, 500)):
    rec("chr5", pos, "G", "A", csq("A", "NPM1", 200 + n) if pos == 171_400_000 else ".")
# chr20 around RRBP1 (17613678-17682295).
for n, pos in enumerate(range(17_500_000, 17_800_000, 700)):
    rec("chr20", pos, "T", "G", csq("G", "RRBP1", 300 + n) if n % 50 == 0 and 17_613_678 <= pos <= 17_682_295 else ".")
order = {"chr1": 1, "chr2": 2, "chr5": 5, "chr20": 20}
rows.sort(key=lambda r: (order[r.split("\t")[0]], int(r.split("\t")[1])))
print("\n".join(rows))
PY
bgzip -f regions.grch38.vcf
tabix -f -p vcf regions.grch38.vcf.gz
cp regions.grch38.vcf.gz regions.csi.grch38.vcf.gz
tabix -f -C -p vcf regions.csi.grch38.vcf.gz
# A file with other content (a longer header, every record moved by 7 bases) beside the first
# file's index: an index that does not match its file.
zcat regions.grch38.vcf.gz | awk -F'\t' 'BEGIN { OFS = "\t" } /^##reference/ { for (i = 0; i < 400; i++) print "##comment=padding line " i } /^#/ { print; next } { $2 += 7; print }' | bgzip -c > regions.mismatch.grch38.vcf.gz
cp regions.grch38.vcf.gz.tbi regions.mismatch.grch38.vcf.gz.tbi
ls -l
