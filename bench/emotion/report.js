// Combines the engine's and the npm packages' figures into build/bench/emotion.json and
// build/bench/emotion-accuracy.json (called by scripts/bench).
//   node report.js speed ENGINE_EN.json ENGINE_ALL.json PEERS_SPEED.json
//   node report.js accuracy OURS_DIR PEERS_DIR   (one JSON file per eval file in each)
'use strict';
const fs = require('fs');
const path = require('path');

// Files a shipped model or lexicon was trained or tuned on (docs/EMOTION.md): reported, but not counted
// in the per-language comparison.
const usedForTraining = new Set([
    'goemotions_polarity_train.tsv', 'goemotions_emotions_train.tsv', 'goemotions_ekman_train.tsv',
    'vader_tweets_polarity.tsv', 'uci_amazon.tsv', 'polemo_hotels.tsv', 'red_v1_train.tsv', 'red_v1_val.tsv',
    'cedr_train.tsv',
]);
const usedForTuning = new Set([
    'rusentitweet_train.tsv', 'sentirueval2015_telecoms_train.tsv', 'sentipers.tsv', 'snappfood_dev.tsv',
]);

const read = (f) => JSON.parse(fs.readFileSync(f, 'utf8'));

// A figure in the shape every suite writes (bench/BenchReport.h): value, unit and, when it has one, target.
const metric = (value, unit, target) => (target ? { value, unit, target } : { value, unit });

function speed([enFile, allFile, peersFile]) {
    const en = read(enFile);
    const all = read(allFile);
    const peers = read(peersFile);
    const vader = peers['vader-sentiment'].throughput_msgs_per_s;
    const afinn = peers.sentiment.throughput_msgs_per_s;
    return {
        suite: 'emotion',
        metrics: {
            throughput_ratio_vs_vader: metric(en.throughput_msgs_per_s / vader, 'x', '>= 30'),
            throughput_ratio_vs_afinn: metric(en.throughput_msgs_per_s / afinn, 'x', '>= 2'),
            p99_us: metric(all.p99_us, 'us', '<= 50'),
            engine_rss_mb: metric(all.engine_rss_growth_mb, 'MB', '<= 40'),
            engine_throughput_msgs_per_s: metric(en.throughput_msgs_per_s, 'msg/s'),
            vader_throughput_msgs_per_s: metric(vader, 'msg/s'),
            afinn_throughput_msgs_per_s: metric(afinn, 'msg/s'),
            p50_us: metric(all.p50_us, 'us'),
            messages_en: metric(en.messages, 'n'),
            messages_all_languages: metric(all.messages, 'n'),
            // The same after scoring every message: with the scoring thread's scratch and word memos.
            engine_rss_after_scoring_mb: metric(all.engine_rss_growth_after_run_mb, 'MB'),
            process_rss_after_load_mb: metric(en.engine_rss_mb, 'MB'),
        },
    };
}

function accuracy([oursDir, peersDir]) {
    const peers = {};
    for (const name of fs.readdirSync(peersDir).filter((f) => f.endsWith('.json')))
        Object.assign(peers, read(path.join(peersDir, name)));
    const files = {};
    const languages = {};
    for (const name of fs.readdirSync(oursDir).filter((f) => f.endsWith('.json')).sort()) {
        const ours = read(path.join(oursDir, name));
        const file = ours.file;
        const metric = ours.mode === 'two-class' ? 'accuracy' : 'macro_f1';
        const entry = { language: ours.language_hint, mode: ours.mode, metric, n: ours.n, ours: ours[metric] };
        if (ours.mode === 'emotions') {
            files[file] = entry;
            continue;
        }
        const p = (peers[file] || {}).peers || {};
        let best = null;
        for (const [peer, m] of Object.entries(p)) if (!best || m[metric] > best.score) best = { peer, score: m[metric] };
        entry.peers = Object.fromEntries(Object.entries(p).map(([k, m]) => [k, m[metric]]));
        entry.best_peer = best;
        entry.used_for = usedForTraining.has(file) ? 'training' : usedForTuning.has(file) ? 'tuning' : 'held out';
        files[file] = entry;
        if (entry.used_for === 'training' || !best) continue;
        const lang = (languages[ours.language_hint] ||= { files: [], ours: 0, best_peer: 0 });
        lang.files.push(file);
        lang.ours += entry.ours;
        lang.best_peer += best.score;
    }
    for (const lang of Object.values(languages)) {
        lang.ours /= lang.files.length;
        lang.best_peer /= lang.files.length;
        lang.margin = lang.ours - lang.best_peer;
    }
    // Per language: the engine's mean score on the files not used to train it, and its margin over the best
    // npm package on each (the target: ahead in every language). The files' details stay beside the metrics.
    const metrics = {};
    for (const [lang, l] of Object.entries(languages)) {
        metrics[`${lang}_mean_score`] = metric(l.ours, 'score');
        metrics[`${lang}_margin_over_best_npm`] = metric(l.margin, 'score', '>= 0');
    }
    return { suite: 'emotion-accuracy', metrics, languages, files };
}

const [mode, ...args] = process.argv.slice(2);
const result = mode === 'speed' ? speed(args) : accuracy(args);
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
if (mode === 'accuracy') {
    console.error('| file | lang | mode | used for | ours | best npm package |');
    console.error('|---|---|---|---|---|---|');
    for (const [file, e] of Object.entries(result.files))
        console.error(`| ${file} | ${e.language} | ${e.mode} (${e.metric}) | ${e.used_for || 'held out'} | ${e.ours.toFixed(3)} | ${
            e.best_peer ? `${e.best_peer.score.toFixed(3)} (${e.best_peer.peer})` : '—'} |`);
    console.error('\n| lang | files compared | ours | best npm package | margin |');
    console.error('|---|---|---|---|---|');
    for (const [lang, l] of Object.entries(result.languages))
        console.error(`| ${lang} | ${l.files.length} | ${l.ours.toFixed(3)} | ${l.best_peer.toFixed(3)} | ${l.margin >= 0 ? '+' : ''}${l.margin.toFixed(3)} |`);
}
