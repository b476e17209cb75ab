#!/usr/bin/env python3
"""Record a batch's first-look score: `python3 scripts/first-look.py BATCH_DIR [--commit REV] [--root CHECKOUT]`
(--root: score with another checkout's analyzer, e.g. the code as it was when the batch came in).

Runs `bantin eval --json` on BATCH_DIR/gold + BATCH_DIR/texts with the analyzer as it is, and
appends per-kind P/R/F1, micro-F1, attributes and article fields to
fixtures/genre/first-look.json with the commit it ran on. Run it once per batch, before any
rule is changed for that batch; the README's learning curve is made of these records.
"""
import json, os, subprocess, sys, datetime

batch = sys.argv[1].rstrip('/')
commit = sys.argv[sys.argv.index('--commit') + 1] if '--commit' in sys.argv else subprocess.run(
    ['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()
root = sys.argv[sys.argv.index('--root') + 1] if '--root' in sys.argv else '.'
out = subprocess.run(['node', f'{root}/bin/bantin.mjs', 'eval', '--json', f'{batch}/gold', f'{batch}/texts'],
                     capture_output=True, text=True, env={**os.environ, 'BANTIN_BUNDLE': '0'})
r = json.loads(out.stdout)
path = 'fixtures/genre/first-look.json'
records = json.load(open(path)) if os.path.exists(path) else []
name = os.path.basename(batch)
if any(x['batch'] == name for x in records):
    sys.exit(f'{name} already has its first-look record: a batch is scored first only once')
kinds = {k['kind']: {f: k[f] for f in ('gold', 'predicted', 'tp', 'precision', 'recall', 'f1')} for k in r['kinds']}
rec = {
    'batch': name, 'articles': r['articles'], 'commit': commit,
    'date': datetime.date.today().isoformat(),
    'micro_f1': r['micro']['f1'],
    'kinds': kinds,
    'attributes': r['attributesOverall'],
    'article_fields': r['articleFieldsOverall'],
    'offset_errors': len(r['offsetErrors']),
}
records.append(rec)
json.dump(records, open(path, 'w'), ensure_ascii=False, indent=1)
open(path, 'a').write('\n')
print(json.dumps({'batch': name, 'micro_f1': rec['micro_f1'], **{k: round(v['f1'], 3) for k, v in kinds.items()}}))
