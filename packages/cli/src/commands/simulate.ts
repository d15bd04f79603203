import { simulate, type SimulationReport } from '@aduan/simulation';
import { InvalidConfigError } from '@aduan/spec';
import { runAction, storeLocation, withStoreOptions, type CommandRegistrar, type StoreOptions } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openStore } from '../open-store.js';
import { createProgress } from '../progress.js';
import { UsageError } from '../usage-error.js';

interface SimulateOptions extends StoreOptions {
  complaints: string;
  days?: string;
  seed: string;
  year: string;
  sweepEvery: string;
  append?: boolean;
}

/** A whole number from an option, or a usage error naming the option and its range. */
function whole(text: string, option: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || value < min || value > max) {
    throw new UsageError(
      `${option} harus bilangan bulat ${min} sampai ${max} (must be a whole number from ${min} to ${max}), bukan "${text}"`,
    );
  }
  return value;
}

function describeSimulation(report: SimulationReport): string[] {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([, a], [, b]) => b - a)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ');
  return [
    `${report.complaints} aduan disimulasikan (complaints simulated)`,
    `  per status: ${list(report.byStatus)}`,
    `  per kanal (channel): ${list(report.byChannel)}`,
    `  tenggat terpenuhi (deadlines met) ${report.deadlines.met}, terlewat (missed) ${report.deadlines.missed}; ` +
      `eskalasi (escalations) ${report.escalations.total}`,
  ];
}

/** `aduan simulate`: a seeded, simulated city year written into the store, for demos and training. */
export const registerSimulate: CommandRegistrar = (program, context) => {
  withStoreOptions(program.command('simulate'))
    .description(
      'Isi penyimpanan dengan tahun simulasi (deterministik per seed) / fill the store with a simulated year (deterministic per seed)',
    )
    .option('--complaints <n>', 'jumlah aduan / number of complaints', '1200')
    .option('--days <n>', 'hari kedatangan aduan sejak 1 Januari, 1–366 (bawaan: setahun) / arrival days from 1 January')
    .option('--seed <n>', 'seed yang sama, tahun yang sama / the same seed replays the same year', '1708')
    .option('--year <year>', 'tahun simulasi / the simulated year', '2026')
    .option('--sweep-every <hours>', 'jam simulasi antar-sapuan tenggat / simulated hours between deadline sweeps', '3')
    .option('--append', 'tambahkan ke penyimpanan yang sudah berisi aduan / add to a store that already holds complaints')
    .action((options: SimulateOptions) =>
      runAction(context, options.json, async (output) => {
        const settings = {
          complaints: whole(options.complaints, '--complaints', 0, 100_000),
          days: options.days === undefined ? undefined : whole(options.days, '--days', 1, 366),
          seed: whole(options.seed, '--seed', 0, 2 ** 31 - 1),
          year: whole(options.year, '--year', 2000, 2100),
          sweepEveryHours: whole(options.sweepEvery, '--sweep-every', 1, 168),
        };
        const store = await openStore(storeLocation(options, context));
        const progress = createProgress(output, 'Mensimulasikan hari');
        let report: SimulationReport;
        try {
          const held = Object.values(await store.doCount({}, 'status')).reduce((sum, n) => sum + n, 0);
          if (held > 0 && !options.append) {
            throw new UsageError(
              `Penyimpanan sudah berisi ${held} aduan: tambahkan --append untuk menambah aduan simulasi ke dalamnya ` +
                `(the store already holds ${held} complaints: pass --append to add simulated ones to them)`,
            );
          }
          let started = false;
          report = await simulate({
            ...settings,
            store,
            onProgress: (done, total) => {
              if (!started) progress.start(total);
              started = true;
              progress.update(done);
            },
          });
        } catch (error) {
          if (InvalidConfigError.isInstance(error)) {
            throw new UsageError(`Opsi simulasi salah (invalid simulation options): ${error.message}`, { cause: error });
          }
          throw error;
        } finally {
          progress.stop();
          await store.close();
        }
        output.result(report, describeSimulation);
        return EXIT.ok;
      }),
    );
};
