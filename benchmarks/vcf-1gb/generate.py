#!/usr/bin/env python3
"""Writes a synthetic single-sample GRCh38 VCF to standard output, deterministically (fixed seed).

Usage: generate.py RECORDS GENE_REGIONS_YAML

Records are spread uniformly over 24 synthetic chromosomes (1-22, X, Y) of 250 Mb each (not the
real lengths: only the knowledge base's gene spans matter here), in sorted order, so the file can be
compressed with bgzip and indexed with tabix. Most records are SNVs, some short indels. A record
inside a knowledge-base gene span (knowledge/gene-regions.yaml) carries, one time in twenty, a VEP
CSQ annotation with that gene's symbol and a synthetic HGVS c./p. change (the positions found are
compared with bcftools' output by the run script); every other record is unannotated. Nothing here
is a real variant.
"""
import random
import re
import sys

records = int(sys.argv[1])
spans = {}
for m in re.finditer(r'\{ gene: (\w+), chrom: "(\w+)", start: (\d+), end: (\d+)', open(sys.argv[2]).read()):
    spans.setdefault(m.group(2), []).append((int(m.group(3)), int(m.group(4)), m.group(1)))

chroms = [str(c) for c in range(1, 23)] + ["X", "Y"]
length = 250_000_000
rng = random.Random(20261201)
out = sys.stdout.buffer
head = [
    "##fileformat=VCFv4.2",
    "##source=AlkboardSyntheticBenchmark",
    "##source_version=1.0",
    "##reference=GRCh38",
    *[f"##contig=<ID={c},length={length},assembly=GRCh38>" for c in chroms],
    '##FILTER=<ID=PASS,Description="All filters passed">',
    '##FILTER=<ID=LowQual,Description="Low quality">',
    '##INFO=<ID=DP,Number=1,Type=Integer,Description="Total depth">',
    '##INFO=<ID=MQ,Number=1,Type=Integer,Description="Mapping quality">',
    '##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL">',
    '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">',
    '##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">',
    '##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Read depth">',
    "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR",
]
out.write(("\n".join(head) + "\n").encode())

bases = "ACGT"
amino = ["Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys", "Met", "Phe", "Pro", "Ser", "Thr", "Trp", "Tyr", "Val"]
per_chrom = records // len(chroms)
gap = length // per_chrom
buffer = []
for chrom in chroms:
    genes = sorted(spans.get(chrom, []))
    pos = 0
    for _ in range(per_chrom):
        pos += 1 + rng.randrange(2 * gap - 1)
        ref = bases[rng.randrange(4)]
        kind = rng.randrange(20)
        if kind == 0:
            alt = ref + "".join(bases[rng.randrange(4)] for _ in range(1 + rng.randrange(4)))
        elif kind == 1:
            alt, ref = ref, ref + "".join(bases[rng.randrange(4)] for _ in range(1 + rng.randrange(4)))
        else:
            alt = bases[(bases.index(ref) + 1 + rng.randrange(3)) % 4]
        depth = 20 + rng.randrange(200)
        alt_reads = rng.randrange(depth)
        info = f"DP={depth};MQ={40 + rng.randrange(21)}"
        gene = next((g for s, e, g in genes if s <= pos <= e), None)
        if gene is not None and rng.randrange(20) == 0:
            codon = 1 + rng.randrange(1500)
            info += f"CSQ={alt}|missense_variant|{gene}|ENSTSYN{codon:05d}|c.{3 * codon - 1}{ref[0]}>{alt[0]}|p.{amino[rng.randrange(20)]}{codon}{amino[rng.randrange(20)]}|YES".join([";", ""])
        flt = "PASS" if rng.randrange(10) else "LowQual"
        buffer.append(f"{chrom}\t{pos}\t.\t{ref}\t{alt}\t{rng.randrange(30, 3000) / 10}\t{flt}\t{info}\tGT:AD:DP\t0/1:{depth - alt_reads},{alt_reads}:{depth}\n")
        if len(buffer) >= 100_000:
            out.write("".join(buffer).encode())
            buffer.clear()
out.write("".join(buffer).encode())
