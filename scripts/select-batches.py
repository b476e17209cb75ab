#!/usr/bin/env python3
"""Pick annotation batches from the genre corpus, spread over sources, years and topics.

Deterministic (seeded), so the choice can be re-derived: `python3 scripts/select-batches.py
CORPUS.jsonl --batches 5 --size 12 --out DIR`. Articles already in fixtures/ are skipped.
Each batch draws round-robin over topic strata so every batch has congresses, awards,
personnel, council sessions and cited documents, from every crawl.
"""
import argparse, json, os, random, re, glob

TOPICS = [
    ('congress', r'Đại hội (?:đại biểu )?Đảng bộ|nhiệm kỳ 20\d\d\s*[-–]\s*20\d\d'),
    ('award', r'Huân chương|Cờ thi đua|Bằng khen|Huy hiệu \d+ năm tuổi Đảng|Danh hiệu'),
    ('personnel', r'bổ nhiệm|bầu (?:bổ sung|giữ chức)|kiện toàn|điều động'),
    ('council', r'kỳ họp|HĐND|Hội đồng nhân dân'),
    ('document', r'(?:Chỉ thị|Nghị quyết|Quyết định|Kết luận|Nghị định) (?:số )?\d'),
]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('corpus')
    ap.add_argument('--batches', type=int, default=5)
    ap.add_argument('--size', type=int, default=12)
    ap.add_argument('--seed', type=int, default=13)
    ap.add_argument('--min', type=int, default=1200)
    ap.add_argument('--max', type=int, default=5000)
    # By the fifth draw the articles with two topic hits were used up except council and
    # document ones of one crawl; one hit keeps every topic and both crawls in the draw.
    ap.add_argument('--min-hits', type=int, default=2)
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    taken = {os.path.basename(p)[:-4] for p in glob.glob('fixtures/**/texts/*.txt', recursive=True)}
    rs = [json.loads(l) for l in open(a.corpus, encoding='utf-8')]
    strata = {t: [] for t, _ in TOPICS}
    for r in rs:
        if r['id'] in taken or not a.min <= len(r['text']) <= a.max:
            continue
        # An article goes to the topic it shows most of, so strata do not overlap.
        hits = [(len(re.findall(p, r['text'])), t) for t, p in TOPICS]
        n, t = max(hits)
        if n >= a.min_hits:
            strata[t].append(r)
    rnd = random.Random(a.seed)
    for t in strata:
        rnd.shuffle(strata[t])
        # interleave crawls inside a stratum
        by_src = {}
        for r in strata[t]:
            by_src.setdefault(r['id'].split('-')[0], []).append(r)
        mixed = []
        while any(by_src.values()):
            for s in sorted(by_src):
                if by_src[s]:
                    mixed.append(by_src[s].pop())
        strata[t] = mixed
    order = [t for t, _ in TOPICS]
    for b in range(a.batches):
        d = os.path.join(a.out, f'batch{b + 1}', 'texts')
        os.makedirs(d, exist_ok=True)
        picked = []
        i = b  # rotate the starting topic so batches differ in mix only by chance
        while len(picked) < a.size:
            t = order[i % len(order)]
            i += 1
            if strata[t]:
                picked.append(strata[t].pop(0))
        for r in picked:
            with open(os.path.join(d, r['id'] + '.txt'), 'w', encoding='utf-8', newline='') as f:
                f.write(r['text'])
        print(f'batch{b + 1}:', ' '.join(r['id'] for r in picked))

main()
