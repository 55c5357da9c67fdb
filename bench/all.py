#!/usr/bin/env python3
"""One table of every figure with a target across the suites' reports (build/bench/<suite>.json, all in the
shape {"suite": ..., "metrics": {name: {"value", "unit", "target"}}}), met or missed, and
build/bench/all.json with the same. Exits 1 when a target is missed or a suite's report is missing."""
import json
import re
import sys
from pathlib import Path

TARGET = re.compile(r'^\s*(>=|<=|>|<|==)\s*(-?[\d.]+)\s*$')


def met(value, target):
    op, bound = TARGET.match(target).groups()
    bound = float(bound)
    return {'>=': value >= bound, '<=': value <= bound, '>': value > bound, '<': value < bound,
            '==': value == bound}[op]


def main(directory, suites):
    rows, missing = [], []
    for suite in suites:
        path = Path(directory) / f'{suite}.json'
        if not path.exists():
            missing.append(suite)
            continue
        report = json.loads(path.read_text())
        for name, m in report['metrics'].items():
            if 'target' in m:
                rows.append({'suite': report['suite'], 'metric': name, 'value': m['value'], 'unit': m['unit'],
                             'target': m['target'], 'met': met(m['value'], m['target'])})
    width = max([len(r['metric']) for r in rows] + [6])
    print(f"\n{'suite':<17} {'metric':<{width}} {'value':>14}  {'unit':<7} {'target':<10} result")
    for r in rows:
        print(f"{r['suite']:<17} {r['metric']:<{width}} {r['value']:>14.3f}  {r['unit']:<7} {r['target']:<10} "
              f"{'ok' if r['met'] else 'MISSED'}")
    for suite in missing:
        print(f'{suite:<17} (no report: the suite did not finish)')
    failed = [r for r in rows if not r['met']]
    print(f'\n{len(rows) - len(failed)} of {len(rows)} targets met' + (f'; missing reports: {", ".join(missing)}' if missing else ''))
    (Path(directory) / 'all.json').write_text(json.dumps({'suite': 'all', 'targets': rows, 'missing': missing}, indent=2) + '\n')
    return 1 if failed or missing else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2:]))
