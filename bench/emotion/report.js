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

function speed([enFile, allFile, peersFile]) {
    const en = read(enFile);
    const all = read(allFile);
    const peers = read(peersFile);
    return {
        suite: 'emotion',
        messages_en: en.messages,
        engine_throughput_msgs_per_s: en.throughput_msgs_per_s,
        vader_throughput_msgs_per_s: peers['vader-sentiment'].throughput_msgs_per_s,
        afinn_throughput_msgs_per_s: peers.sentiment.throughput_msgs_per_s,
        throughput_ratio_vs_vader: en.throughput_msgs_per_s / peers['vader-sentiment'].throughput_msgs_per_s,
        throughput_ratio_vs_afinn: en.throughput_msgs_per_s / peers.sentiment.throughput_msgs_per_s,
        p99_us: all.p99_us,
        p50_us: all.p50_us,
        messages_all_languages: all.messages,
        engine_rss_mb: all.engine_rss_growth_mb,
        // The same after scoring every message: with the scoring thread's scratch and word memos.
        engine_rss_after_scoring_mb: all.engine_rss_growth_after_run_mb,
        process_rss_after_load_mb: en.engine_rss_mb,
        targets: { throughput_ratio_vs_vader: 30, throughput_ratio_vs_afinn: 2, p99_us: 50, engine_rss_mb: 40 },
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
    return { suite: 'emotion-accuracy', languages, files };
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
