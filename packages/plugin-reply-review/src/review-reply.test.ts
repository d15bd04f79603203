import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOLDOUT_REPLIES } from './__fixtures__/reply-corpus-holdout.js';
import { TUNING_REPLIES } from './__fixtures__/reply-corpus-tuning.js';
import { type RuleScore, scoreCorpus } from './__fixtures__/score-corpus.js';
import { REPLY_RULES, type ReplyRule, reviewReply } from './index.js';

/** The issue's goal for every rule, precision and recall. */
const GOAL = 0.9;
/** What the tuning part keeps per rule (it scores 1.0 on most rules today; a change that costs more fails here). */
const TUNING_FLOOR = 0.95;
/** Rules with fewer breaking replies in the held-out part are not compared with the goal: one miss would swing them. */
const MIN_HOLDOUT_SUPPORT = 5;
/**
 * What the frozen rules scored on the held-out part the first time it was run (2026-12-03), rounded
 * down to 0.05. Most rules are short of the 0.9 goal there (see docs/reply-review.md); this floor only
 * keeps a change from making the review generalise worse. Raise it when the rules get better on data
 * they were not written against.
 */
const HOLDOUT_FLOOR: Readonly<Record<ReplyRule, { precision: number; recall: number }>> = {
  shouting: { precision: 1, recall: 0.7 },
  exclamations: { precision: 1, recall: 1 },
  'harsh-words': { precision: 1, recall: 0.75 },
  blaming: { precision: 0.8, recall: 0.55 },
  normatif: { precision: 0.8, recall: 0.95 },
  authority: { precision: 1, recall: 0.9 },
  apology: { precision: 0.9, recall: 0.6 },
  greeting: { precision: 0.9, recall: 0.6 },
  thanks: { precision: 0.9, recall: 0.95 },
  informal: { precision: 0.85, recall: 0.85 },
  closing: { precision: 1, recall: 1 },
};

const dpupr = { unitName: 'DPUPR Kota Pekalongan', unitAliases: ['DPUPR'] };
const GOOD =
  'Selamat siang, Bapak. Terima kasih atas laporannya. Tim DPUPR akan menambal lubang di Jl. Sriwijaya pada Rabu, 12 November 2025.\nSalam, DPUPR Kota Pekalongan';
const rules = (text: string, context = {}) => reviewReply(text, context).findings.map((finding) => finding.rule);

describe('reviewReply', () => {
  it('passes a courteous, substantive reply with a full score', () => {
    expect(reviewReply(GOOD, dpupr)).toEqual({ findings: [], score: 100 });
  });

  it('explains a normatif reply in Bahasa Indonesia and English, naming what is missing', () => {
    const [finding] = reviewReply(
      'Selamat pagi, Bapak. Terima kasih. Laporan akan ditindaklanjuti.\nSalam, DPUPR Kota Pekalongan',
      dpupr,
    ).findings;
    expect(finding).toMatchObject({ rule: 'normatif', severity: 'high' });
    expect(finding?.message).toBe(
      'Jawaban masih normatif: sebutkan tindakan nyata yang sudah atau akan dilakukan, tanggal atau jangka waktu.',
    );
    expect(finding?.messageEn).toMatch(/concrete action taken or planned, a date or time frame/);
  });

  it('lists the most serious findings first and scores them', () => {
    const review = reviewReply('Anda harus melengkapi data dulu!!!', dpupr);
    expect(review.findings.map((finding) => finding.rule)).toEqual([
      'exclamations',
      'blaming',
      'normatif',
      'greeting',
      'thanks',
      'closing',
    ]);
    expect(review.score).toBe(0);
    expect(reviewReply(GOOD.replace('Salam, DPUPR Kota Pekalongan', 'Salam.'), dpupr).score).toBe(97);
    expect(review.findings.find((finding) => finding.rule === 'blaming')?.evidence).toBe('anda harus');
  });

  it('asks for an apology when the complaint is overdue, and accepts one', () => {
    expect(rules(GOOD, { ...dpupr, overdue: true })).toEqual(['apology']);
    expect(rules(GOOD.replace('Terima kasih', 'Mohon maaf atas keterlambatan ini. Terima kasih'), { ...dpupr, overdue: true })).toEqual([]);
  });

  it('wants a "bukan wewenang" answer to name another authority, not only the unit itself', () => {
    const notOurs =
      'Selamat pagi, Bapak. Terima kasih. Saluran irigasi bukan wewenang DPUPR; aduan sudah kami teruskan pada 3 November 2025';
    expect(rules(`${notOurs}.\nSalam, DPUPR Kota Pekalongan`, dpupr)).toEqual(['authority']);
    expect(rules(`${notOurs} kepada BBWS Pemali Juana.\nSalam, DPUPR Kota Pekalongan`, dpupr)).toEqual([]);
    expect(
      rules(`${notOurs} kepada Perumda Tirtayasa.\nSalam, DPUPR Kota Pekalongan`, { ...dpupr, authorities: ['Perumda Tirtayasa'] }),
    ).toEqual([]);
  });

  it('does not take acronyms for shouting, nor abbreviations for informal words', () => {
    expect(rules(GOOD.replace('Tim DPUPR', 'Tim UPTD PJU DPUPR'), dpupr)).toEqual([]);
    expect(rules(GOOD.replace('Jl. Sriwijaya', 'Jl. Sriwijaya Gg. 3 Kel. Kuripan Kidul'), dpupr)).toEqual([]);
  });

  it('reads the misses of the former held-out part: short capital runs, blame in its shapes, negated and quoted insults', () => {
    const frame = (body: string) => `Selamat pagi, Bapak. Terima kasih. ${body}\nSalam, DPUPR Kota Pekalongan`;
    const done = 'Tim DPUPR menambal lubang di Jl. Sriwijaya pada 12 November 2025.';
    expect(rules(frame(`Lubang di Jl. Sriwijaya SUDAH SELESAI ditambal DPUPR pada 12 November 2025.`), dpupr)).toEqual(['shouting']);
    expect(rules(frame(`Tim UPTD PJU DPUPR di RT 03/RW 05 membawa KTP-el dan SKCK. ${done}`), dpupr)).toEqual([]);
    for (const blame of [
      'Lubang muncul karena warga sendiri membuang sampah ke saluran.',
      'Itu kesalahan Bapak yang memarkir truk di sana.',
      'Seharusnya Bapak melapor lebih awal.',
      'Jangan menyalahkan dinas, anggaran terbatas.',
      'Kerusakan disebabkan oleh warga yang menutup saluran.',
    ])
      expect(rules(frame(`${blame} ${done}`), dpupr)).toEqual(['blaming']);
    expect(rules(frame(`Jangan ragu melapor kembali. Kerusakan ini bukan kesalahan Bapak. ${done}`), dpupr)).toEqual([]);
    expect(rules(frame(`Tidak ada pungutan liar, dan kami tidak menganggap laporan Bapak ngawur. ${done}`), dpupr)).toEqual([]);
    expect(rules(frame(`Laporan Bapak berjudul "jalan ancur bgt, petugas bodoh!!" sudah kami baca. ${done}`), dpupr)).toEqual([]);
    expect(rules(frame(`Sopir itu memang bodoh. ${done}`), dpupr)).toEqual(['harsh-words']);
  });

  it('leaves out skipped rules and reads a deployment’s own informal forms', () => {
    expect(rules('Terima kasih, sudah diperbaiki tgl 3 November 2025 oleh DPUPR.', { ...dpupr, skip: ['greeting', 'closing'] })).toEqual(
      [],
    );
    expect(rules(GOOD.replace('Terima kasih', 'Mksi'), dpupr)).toEqual(['thanks']);
    expect(rules(GOOD.replace('Terima kasih', 'Mksi'), { ...dpupr, forms: { mksi: 'terima kasih' } })).toEqual([]);
  });

  it('never throws and always scores within 0–100, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const review = reviewReply(text, dpupr);
        expect(review.score).toBeGreaterThanOrEqual(0);
        expect(review.score).toBeLessThanOrEqual(100);
        for (const finding of review.findings) expect(REPLY_RULES[finding.rule]).toBe(finding.severity);
      }),
    );
  });

  it('adding a run of exclamation marks to any reply adds the exclamations finding', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TUNING_REPLIES), fc.integer({ min: 2, max: 6 }), (entry, marks) => {
        const before = rules(entry.text, entry.context);
        const after = rules(`${entry.text}${'!'.repeat(marks)}`, entry.context);
        expect(after).toContain('exclamations');
        expect(after.filter((rule) => rule !== 'exclamations' && rule !== 'closing')).toEqual(
          before.filter((rule) => rule !== 'exclamations' && rule !== 'closing'),
        );
      }),
    );
  });
});

describe('the labelled corpus', () => {
  const RULES = Object.keys(REPLY_RULES) as ReplyRule[];

  it('holds at least 150 tuning replies, with at least 12 breaking and 12 near misses for every rule', () => {
    expect(TUNING_REPLIES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(TUNING_REPLIES.map((entry) => entry.id)).size).toBe(TUNING_REPLIES.length);
    for (const rule of RULES) {
      const breaking = TUNING_REPLIES.filter((entry) => entry.breaks.includes(rule)).length;
      const nearMisses = TUNING_REPLIES.filter((entry) => entry.nearMisses?.includes(rule)).length;
      expect({ rule, breaking: breaking >= 12, nearMisses: nearMisses >= 12 }).toEqual({ rule, breaking: true, nearMisses: true });
    }
  });

  it('keeps the tuning part’s precision and recall per rule at or above its floor', () => {
    const { scores, disagreements } = scoreCorpus(TUNING_REPLIES);
    const below = scores.filter((score) => score.precision < TUNING_FLOOR || score.recall < TUNING_FLOOR);
    expect(below, JSON.stringify(disagreements)).toEqual([]);
  });

  it('keeps the held-out part at or above what it measured when first scored, and reports the gap to the 0.9 goal', ({ annotate }) => {
    const { scores } = scoreCorpus(HOLDOUT_REPLIES);
    expect(new Set(HOLDOUT_REPLIES.map((entry) => entry.id)).size).toBe(HOLDOUT_REPLIES.length);
    const support = (score: RuleScore) => score.truePositives + score.falseNegatives;
    const short = scores.filter((score) => support(score) >= MIN_HOLDOUT_SUPPORT && (score.precision < GOAL || score.recall < GOAL));
    annotate(
      `held-out (${HOLDOUT_REPLIES.length} replies), below the ${GOAL} goal: ${short
        .map((score) => `${score.rule} (precision ${score.precision.toFixed(2)}, recall ${score.recall.toFixed(2)})`)
        .join('; ')}`,
    );
    const fallen = scores.filter(
      (score) => score.precision < HOLDOUT_FLOOR[score.rule].precision || score.recall < HOLDOUT_FLOOR[score.rule].recall,
    );
    expect(fallen).toEqual([]);
  });
});
