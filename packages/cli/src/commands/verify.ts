import { createDesk } from '@aduan/core';
import { runAction, storeLocation, withStoreOptions, type CommandRegistrar, type StoreOptions } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openStore } from '../open-store.js';
import { createProgress } from '../progress.js';

/** What `aduan verify` found: every complaint's hash chain checked against its projection. */
interface VerifyResult {
  checked: number;
  broken: { complaintId: string; brokenAtVersion: number | undefined; reason: string }[];
}

const PAGE = 500;

/** `aduan verify`: checks the hash chain of every complaint; exit 1 when one is broken. */
export const registerVerify: CommandRegistrar = (program, context) => {
  withStoreOptions(program.command('verify'))
    .description('Periksa rantai hash setiap aduan / check the hash chain of every complaint')
    .action((options: StoreOptions) =>
      runAction(context, options.json, async (output) => {
        const store = await openStore(storeLocation(options, context));
        const desk = createDesk({ store });
        const progress = createProgress(output, 'Memeriksa aduan');
        const result: VerifyResult = { checked: 0, broken: [] };
        try {
          progress.start((await store.doCount({}, 'status').then(Object.values)).reduce((sum, n) => sum + n, 0));
          let cursor: string | undefined;
          do {
            const page = await store.doListStreams({ cursor, limit: PAGE });
            for (const complaintId of page.ids) {
              const verdict = await desk.verifyHistory(complaintId);
              if (!verdict.ok) result.broken.push({ complaintId, brokenAtVersion: verdict.brokenAtVersion, reason: verdict.reason });
              progress.update(++result.checked);
            }
            cursor = page.nextCursor ?? undefined;
          } while (cursor);
        } finally {
          progress.stop();
          await desk.close();
        }
        output.result(result, ({ checked, broken }) => [
          `${checked} aduan diperiksa (complaints checked); ${broken.length} rantai rusak (broken chains)`,
          ...broken.map((b) => `  RUSAK ${b.complaintId} pada versi ${b.brokenAtVersion ?? '?'}: ${b.reason}`),
        ]);
        return result.broken.length === 0 ? EXIT.ok : EXIT.someProblems;
      }),
    );
};
