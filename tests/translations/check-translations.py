#!/usr/bin/env python3
"""Fails when a user-visible string is not translated into every language of translations/.

Runs lupdate over the sources into copies of the .ts files, so a string added (or changed) in the code
but not in the .ts files shows up as unfinished. Then every message of every file must have a
translation: not empty, not unfinished, with the plural forms its language needs, the same %1..%9
placeholders as the source, %n in every plural form, and one keyboard accelerator (&) where the source
has one. Prints each problem as "file: context: source: what is wrong".
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ARGUMENT = re.compile(r'%(\d+)')
ACCELERATOR = re.compile(r'&(?!&)(?=\w)')


def accelerators(text):
    return len(ACCELERATOR.findall(text.replace('&&', '')))


def check_file(path, problems):
    root = ET.parse(path).getroot()
    language = root.get('language', '')
    count = 0
    for context in root.findall('context'):
        name = context.findtext('name')
        for message in context.findall('message'):
            count += 1
            source = message.findtext('source') or ''
            translation = message.find('translation')
            where = f'{path.name}: {name}: {source!r}'
            kind = translation.get('type') if translation is not None else 'missing'
            if kind in ('unfinished', 'vanished', 'obsolete', 'missing'):
                problems.append(f'{where}: {kind} (translate it, or drop it with update_translations)')
                continue
            if message.get('numerus') == 'yes':
                forms = [f.text or '' for f in translation.findall('numerusform')]
            else:
                forms = [translation.text or '']
            if not forms or any(not f.strip() for f in forms):
                problems.append(f'{where}: an empty translation')
                continue
            wanted = set(ARGUMENT.findall(source))
            for form in forms:
                if set(ARGUMENT.findall(form)) != wanted:
                    problems.append(f'{where}: placeholders {sorted(wanted)} but {form!r}')
                if '%n' in source and '%n' not in form and language != 'fa':
                    problems.append(f'{where}: no %n in the plural form {form!r}')
                if accelerators(source) != accelerators(form):
                    problems.append(f'{where}: {accelerators(source)} accelerator(s) (&) but {form!r}')
    return language, count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--lupdate', required=True)
    parser.add_argument('--source-root', required=True, type=Path)
    parser.add_argument('--sources', nargs='+', required=True, help='folders of translated code')
    parser.add_argument('--expect', nargs='+', required=True, help='language codes that must have a file')
    args = parser.parse_args()

    translations = args.source_root / 'translations'
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        copies = []
        for language in args.expect:
            original = translations / f'empathy_{language}.ts'
            if not original.exists():
                problems.append(f'{original.name}: missing')
                continue
            copy = Path(scratch) / original.name
            shutil.copy(original, copy)
            copies.append(copy)
        if copies:
            run = subprocess.run([args.lupdate, '-no-obsolete', '-locations', 'none', '-silent',
                                  *args.sources, '-ts', *map(str, copies)],
                                 cwd=args.source_root, capture_output=True, text=True)
            if run.returncode != 0:
                print(run.stdout, run.stderr, sep='\n')
                print('lupdate failed')
                return 1
        totals = []
        for copy in copies:
            language, count = check_file(copy, problems)
            totals.append(f'{language}: {count}')
        extra = translations / 'qtbase_ro.ts'
        if extra.exists():
            check_file(extra, problems)
    for problem in problems:
        print(problem)
    if problems:
        print(f'{len(problems)} translation problem(s); after changing strings run '
              '`cmake --build build/dev --target update_translations` and translate what it adds.')
        return 1
    print('every string translated (' + ', '.join(totals) + ')')
    return 0


if __name__ == '__main__':
    sys.exit(main())
