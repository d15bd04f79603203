import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOLDOUT_REPLIES } from './__fixtures__/reply-corpus-holdout.js';
import { TUNING_REPLIES } from './__fixtures__/reply-corpus-tuning.js';
import { type RuleScore, scoreCorpus } from './__fixtures__/score-corpus.js';
import { REPLY_RULES, type ReplyRule, reviewReply } from './index.js';

/** The goal for every rule, precision and recall. */
const GOAL = 0.9;
/**
 * What the merged tuning part (the first replies, the rule cases and the second held-out round) measured per rule
 * on 2026-12-03, rounded down to 0.01: a change that costs a rule more than that fails here.
 */
const TUNING_FLOOR: Readonly<Record<ReplyRule, { precision: number; recall: number }>> = {
  shouting: { precision: 1, recall: 1 },
  exclamations: { precision: 1, recall: 1 },
  'harsh-words': { precision: 1, recall: 1 },
  blaming: { precision: 1, recall: 1 },
  normatif: { precision: 0.98, recall: 0.98 },
  authority: { precision: 1, recall: 1 },
  apology: { precision: 1, recall: 1 },
  greeting: { precision: 1, recall: 1 },
  thanks: { precision: 1, recall: 1 },
  informal: { precision: 1, recall: 0.98 },
  closing: { precision: 1, recall: 1 },
};
/** Rules with fewer breaking replies in the held-out part are reported, not compared with the goal: one miss would swing them. */
const MIN_HOLDOUT_SUPPORT = 5;
/**
 * What the blind held-out part measured the first time it was scored (2026-12-03, rules frozen, rounded down to 0.01).
 * Six rules meet the goal there; blaming, apology, authority, harsh-words and normatif do not (docs/reply-review.md).
 * The held-out part is never tuned on, so these are floors: a change that makes the rules generalise worse fails here.
 */
const HOLDOUT_FLOOR: Readonly<Record<ReplyRule, { precision: number; recall: number }>> = {
  shouting: { precision: 0.95, recall: 1 },
  exclamations: { precision: 1, recall: 1 },
  'harsh-words': { precision: 1, recall: 0.78 },
  blaming: { precision: 0.96, recall: 0.56 },
  normatif: { precision: 0.87, recall: 0.96 },
  authority: { precision: 0.85, recall: 0.6 },
  apology: { precision: 0.73, recall: 0.7 },
  greeting: { precision: 0.92, recall: 0.95 },
  thanks: { precision: 0.95, recall: 1 },
  informal: { precision: 0.95, recall: 0.93 },
  closing: { precision: 0.97, recall: 0.97 },
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

  describe('the classes the second round missed', () => {
    const frame = (body: string) => `Selamat pagi, Bapak. Terima kasih. ${body}\nSalam, DPUPR Kota Pekalongan`;
    const done = 'Tim DPUPR menambal lubang di Jl. Sriwijaya pada 12 November 2025.';

    it('counts a greeting only in the opening words, where an address calls the resident', () => {
      const body = `Terima kasih. ${done}\nSalam, DPUPR Kota Pekalongan`;
      for (const opening of [
        'Selamat siang, Ibu.',
        'Bapak Rahmat,',
        'Ibu jangan khawatir,',
        'Yth. Saudara Andi,',
        'Waalaikumsalam, Pak.',
        'Dengan hormat,',
      ])
        expect(rules(`${opening} ${body}`, dpupr), opening).toEqual([]);
      for (const opening of ['Laporan sudah kami terima, Bapak.', 'Mohon maaf, Bapak.', 'Menanggapi laporan Saudara,'])
        expect(rules(`${opening} ${body}`, dpupr), opening).toEqual(['greeting']);
      expect(rules(`Bapak ini tidak sabar sekali. ${body}`, dpupr)).toContain('greeting');
      expect(rules(`DPUPR KOTA PEKALONGAN\nSelamat siang, Ibu. ${body}`, dpupr)).toEqual([]);
      expect(rules(`DPUPR Kota Pekalongan\n${body}`, dpupr)).toEqual(['greeting']);
      expect(rules(`Siap, Pak. ${body}`, dpupr)).toEqual(['greeting', 'informal']);
    });

    it('asks for an apology where a failure is admitted in other words than a delay', () => {
      for (const failure of [
        'Petugas kebersihan yang membentak Bapak sudah kami beri teguran.',
        'Truk kami kemarin tidak datang karena rusak di jalan.',
        'Pengukuran batal karena alat ukur kami rusak.',
        'Aplikasi antrean kami sedang mengalami gangguan.',
        'Blangko akta kelahiran sempat kosong dua minggu.',
        'Jadwal perbaikan yang kami umumkan tidak terlaksana.',
      ])
        expect(rules(frame(`${failure} ${done}`), dpupr), failure).toEqual(['apology']);
      for (const kept of [
        'Pemilik warung sudah kami beri teguran tertulis.',
        'Akta kelahiran baru dapat diambil mulai Senin.',
        'Lampu tidak menyala karena kabelnya dicuri orang.',
        'Petugas kami memeriksa tiang dan lampunya sudah kami ganti.',
        'Petugas kami sudah ke lokasi. Pedagang yang berjualan di trotoar sudah kami tegur.',
      ])
        expect(rules(frame(`${kept} ${done}`), dpupr), kept).toEqual([]);
    });

    it('reads sarcasm, contempt and dismissal as blaming, and leaves polite uses of the same words', () => {
      for (const blame of [
        'Bapak kira petugas kami tukang sulap?',
        'Rajin sekali mengeluh, sudah tiga kali minggu ini.',
        'Datang siang ya jelas antreannya habis.',
        'Rusak ya rusak, Pak, semua jalan juga begitu.',
        'Tolong baca baik-baik papan pengumumannya.',
        'Petugas kami bukan pembantu Bapak.',
        'Situ mau dilayani duluan?',
        'Silakan mengadu ke tempat lain sana.',
        'Tidak usah diulang-ulang, nanti juga diperbaiki.',
      ])
        expect(rules(frame(`${blame} ${done}`), dpupr), blame).toContain('blaming');
      for (const kept of [
        'Ya, jelas sekali foto yang Bapak kirim.',
        'Mobil sampah lewat situ setiap pagi.',
        'Silakan bertanya ke Kelurahan Podosugih bila perlu.',
        'Kami mohon maaf karena laporan Bapak terlambat kami tangani.',
        'Mohon perhatikan baik-baik jadwal berikut.',
        'Jika masih belum paham, silakan hubungi kami.',
        'Truk dapat parkir di situ saja.',
      ])
        expect(rules(frame(`${kept} ${done}`), dpupr), kept).not.toContain('blaming');
    });

    it('reads insults aimed at the resident, and not those a negation or a quotation takes back', () => {
      expect(rules(frame(`Ibu ini jorok sekali. ${done}`), dpupr)).toEqual(['harsh-words', 'blaming']);
      expect(rules(frame(`Jangan seperti orang kampung. ${done}`), dpupr)).toEqual(['harsh-words', 'blaming']);
      expect(rules(frame(`Laporan yang konyol. ${done}`), dpupr)).toEqual(['harsh-words']);
      expect(rules(frame(`Tidak ada yang menganggap Bapak bodoh. ${done}`), dpupr)).toEqual([]);
      expect(rules(frame(`Lingkungan TPS yang jorok sudah kami bersihkan. ${done}`), dpupr)).toEqual([]);
    });

    it('takes one emphasised word in capitals as emphasis, and two or more as shouting', () => {
      expect(rules(frame(`Pengurusan ini TIDAK dipungut biaya. ${done}`), dpupr)).toEqual([]);
      expect(rules(frame(`Pengurusan ini TIDAK DIPUNGUT biaya. ${done}`), dpupr)).toEqual(['shouting']);
    });

    it('reads clipped verbs and chat answers as informal, and the clipped verb still as an action', () => {
      const review = reviewReply(frame('Tim DPUPR nyapu dan ngangkut sampah di Jl. Sriwijaya pada 12 November 2025.'), dpupr);
      expect(review.findings.map((finding) => finding.rule)).toEqual(['informal']);
      expect(review.findings[0]?.message).toBe('Gunakan bahasa baku: "nyapu" → "menyapu", "ngangkut" → "mengangkut".');
      expect(rules(frame(`Normalisasi sungai dan ${done}`), dpupr)).toEqual([]);
      expect(rules(GOOD.replace('Terima kasih', 'Matur nuwun'), dpupr)).toEqual([]);
      expect(rules(GOOD.replace('Terima kasih', 'Tks'), dpupr)).toEqual(['informal']);
    });

    it('finds the action in words beyond repairs, and no thanks in "uang terima kasih"', () => {
      for (const action of [
        'NIK Bapak sudah diaktifkan kembali oleh Disdukcapil pada 12 November 2025.',
        'Regu DPUPR akan ke Jl. Sriwijaya pada 12 November 2025.',
        'Spanduk liar dicopot petugas DPUPR pada 12 November 2025.',
        'Data Bapak dimutakhirkan DPUPR pada 12 November 2025.',
        'DPUPR mendirikan posko banjir di Kelurahan Panjang Wetan pada akhir November 2025.',
      ])
        expect(rules(frame(action), dpupr), action).toEqual([]);
      expect(rules(frame('Laporan Bapak akan ditindaklanjuti DPUPR pada 12 November 2025.'), dpupr)).toEqual(['normatif']);
      // An action's root as an adjective or a noun is no action: "yang terbaik", "keterbatasan anggaran", "agar tertib".
      expect(rules(frame('DPUPR mengupayakan yang terbaik agar tertib, sesuai anggaran 2026.'), dpupr)).toEqual(['normatif']);
      expect(rules(frame('DPUPR meratakan dan melebarkan bahu jalan pada 12 November 2025.'), dpupr)).toEqual([]);
      expect(rules(GOOD.replace('Terima kasih atas laporannya.', 'Petugas tidak boleh menerima uang terima kasih.'), dpupr)).toEqual([
        'thanks',
      ]);
    });

    it('wants a named authority when the reply says who decides instead of the unit', () => {
      expect(rules(frame(`Kuota bansos yang menentukan pusat, bukan kelurahan. ${done}`), dpupr)).toEqual(['authority']);
      expect(rules(frame(`Kuota bansos yang menentukan Kemensos, bukan kelurahan. ${done}`), dpupr)).toEqual([]);
    });
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
    const below = scores.filter(
      (score) => score.precision < TUNING_FLOOR[score.rule].precision || score.recall < TUNING_FLOOR[score.rule].recall,
    );
    expect(below, JSON.stringify(disagreements)).toEqual([]);
  });

  it('keeps the held-out part at or above its first frozen scores, and reports which rules meet the 0.9 goal', ({ annotate }) => {
    const { scores } = scoreCorpus(HOLDOUT_REPLIES);
    expect(new Set(HOLDOUT_REPLIES.map((entry) => entry.id)).size).toBe(HOLDOUT_REPLIES.length);
    const tuningIds = new Set(TUNING_REPLIES.map((entry) => entry.id));
    expect(HOLDOUT_REPLIES.filter((entry) => tuningIds.has(entry.id)).map((entry) => entry.id)).toEqual([]);
    const support = (score: RuleScore) => score.truePositives + score.falseNegatives;
    const summary = (score: RuleScore) =>
      `${score.rule} (${support(score)} breaking, precision ${score.precision.toFixed(2)}, recall ${score.recall.toFixed(2)})`;
    const judged = scores.filter((score) => support(score) >= MIN_HOLDOUT_SUPPORT);
    const meets = (score: RuleScore) => score.precision >= GOAL && score.recall >= GOAL;
    annotate(
      `held-out (${HOLDOUT_REPLIES.length} replies): meet ${GOAL}: ${judged.filter(meets).map(summary).join('; ') || 'none'}; miss it: ${
        judged
          .filter((score) => !meets(score))
          .map(summary)
          .join('; ') || 'none'
      }`,
    );
    expect(judged.map((score) => score.rule)).toEqual(Object.keys(HOLDOUT_FLOOR));
    const below = scores.filter(
      (score) => score.precision < HOLDOUT_FLOOR[score.rule].precision || score.recall < HOLDOUT_FLOOR[score.rule].recall,
    );
    expect(below.map(summary)).toEqual([]);
  });
});
