// The npm sentiment packages Empathy Desk's engine is compared with, scored the same way as
// `empathy-emotion eval` (see emotion/tool/EvalCommand.cpp):
//   node peers.js accuracy FILE.tsv...   per file and package: accuracy and macro-F1
//   node peers.js speed FILE.tsv...      messages per second of vader-sentiment and sentiment (AFINN)
// Two-class files (only positive/negative labels) are decided by the sign of the score, and a score of
// exactly 0 is wrong; three-class files by the sign too, 0 being neutral. The language of a file is the
// name of its folder (../shared/eval/<lang>/...).
'use strict';
const fs = require('fs');
const path = require('path');

function readFile(file) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const rows = [];
    lines.forEach((line, i) => {
        line = line.replace(/\r$/, '');
        if ((i === 0 && line.startsWith('label\t')) || line === '') return;
        const tab = line.indexOf('\t');
        if (tab < 0) return;
        rows.push({ labels: line.slice(0, tab).split(',').map((s) => s.trim()).filter(Boolean), text: line.slice(tab + 1) });
    });
    return rows;
}

// The one polarity a row states, or null (as polarityOf in emotion/tool/LabelledFile.cpp).
function polarityOf(labels) {
    let found = null;
    for (const l of labels) {
        if (l === 'positive' || l === 'negative' || l === 'neutral') {
            if (found && found !== l) return null;
            found = l;
        } else if (['ambiguous', 'ambivalent', 'mixed', 'skip', 'speech'].includes(l)) {
            return null;
        }
    }
    return found;
}

function peers(lang) {
    const list = [];
    if (lang === 'en') {
        const vader = require('vader-sentiment');
        list.push({ name: 'vader-sentiment', score: (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound });
        const Sentiment = require('sentiment');
        const afinn = new Sentiment();
        list.push({ name: 'sentiment', score: (t) => afinn.analyze(t).score });
        const wink = require('wink-sentiment');
        list.push({ name: 'wink-sentiment', score: (t) => wink(t).score });
    }
    const multilang = require('multilang-sentiment');
    list.push({ name: 'multilang-sentiment', score: (t) => multilang(t, lang).score });
    const nlpjs = nlpjsFor(lang);
    if (nlpjs) list.push({ name: '@nlpjs/sentiment', score: nlpjs, async: true });
    return list;
}

function nlpjsFor(lang) {
    const packages = { en: 'LangEn', pl: 'LangPl', ro: 'LangRo', ru: 'LangRu', fa: 'LangFa' };
    try {
        const { Container } = require('@nlpjs/core');
        const { SentimentAnalyzer } = require('@nlpjs/sentiment');
        const langModule = require(`@nlpjs/lang-${lang}`);
        const container = new Container();
        container.use(langModule[packages[lang]]);
        const analyzer = new SentimentAnalyzer({ container });
        return async (t) => (await analyzer.process({ locale: lang, text: t })).sentiment.score;
    } catch (e) {
        return null;
    }
}

function withTimeout(promise, ms) {
    let timer;
    return Promise.race([
        promise,
        new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error('timeout')), ms);
        }),
    ]).finally(() => clearTimeout(timer));
}

function metrics(rows, predictions, binary) {
    const classes = binary ? ['negative', 'positive'] : ['negative', 'neutral', 'positive'];
    const counts = {};
    for (const c of [...classes, 'none']) counts[c] = { tp: 0, fp: 0, fn: 0 };
    let correct = 0;
    rows.forEach((row, i) => {
        const gold = row.gold;
        const predicted = predictions[i];
        if (gold === predicted) {
            correct++;
            counts[predicted].tp++;
        } else {
            counts[predicted].fp++;
            counts[gold].fn++;
        }
    });
    const f1 = (k) => {
        const p = k.tp + k.fp ? k.tp / (k.tp + k.fp) : 0;
        const r = k.tp + k.fn ? k.tp / (k.tp + k.fn) : 0;
        return p + r ? (2 * p * r) / (p + r) : 0;
    };
    return {
        n: rows.length,
        accuracy: correct / rows.length,
        macro_f1: classes.reduce((s, c) => s + f1(counts[c]), 0) / classes.length,
    };
}

async function accuracy(files) {
    const out = {};
    for (const file of files) {
        const lang = path.basename(path.dirname(path.resolve(file)));
        const all = readFile(file);
        const binary = all.every((r) => r.labels.length === 1 && ['positive', 'negative'].includes(r.labels[0]));
        const rows = all.map((r) => ({ gold: polarityOf(r.labels), text: r.text })).filter((r) => r.gold);
        const result = { language: lang, mode: binary ? 'two-class' : 'three-class', peers: {} };
        for (const peer of peers(lang)) {
            const predictions = [];
            let unanswered = 0;
            for (const row of rows) {
                let s = 0;
                try {
                    // @nlpjs/sentiment leaves the promise of some texts unsettled; after a second the
                    // text counts as scored 0 (and would otherwise end node silently).
                    s = peer.async ? await withTimeout(peer.score(row.text), 1000) : peer.score(row.text);
                } catch (e) {
                    unanswered++;
                }
                predictions.push(s > 0 ? 'positive' : s < 0 ? 'negative' : binary ? 'none' : 'neutral');
            }
            result.peers[peer.name] = { ...metrics(rows, predictions, binary), unanswered };
        }
        out[path.basename(file)] = result;
    }
    return out;
}

function speed(files) {
    const texts = [];
    for (const file of files) for (const row of readFile(file)) if (row.text.length <= 500) texts.push(row.text);
    const result = { messages: texts.length };
    for (const peer of peers('en').filter((p) => p.name === 'vader-sentiment' || p.name === 'sentiment')) {
        let checksum = 0;
        for (const t of texts) checksum += peer.score(t); // warm-up
        // Each round timed on its own, the median reported (as `empathy-emotion bench` does).
        const rounds = [];
        for (let r = 0; r < (peer.name === 'sentiment' ? 5 : 1); r++) {
            const start = process.hrtime.bigint();
            for (const t of texts) checksum += peer.score(t);
            rounds.push(texts.length / (Number(process.hrtime.bigint() - start) / 1e9));
        }
        rounds.sort((a, b) => a - b);
        result[peer.name] = { throughput_msgs_per_s: Math.round(rounds[Math.floor(rounds.length / 2)]), rounds: rounds.length, checksum };
    }
    return result;
}

(async () => {
    const [mode, ...files] = process.argv.slice(2);
    if (!['accuracy', 'speed'].includes(mode) || files.length === 0) {
        console.error('usage: node peers.js accuracy|speed FILE.tsv...');
        process.exit(2);
    }
    const result = mode === 'accuracy' ? await accuracy(files) : speed(files);
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
})().catch((error) => {
    console.error(error);
    process.exit(1);
});
