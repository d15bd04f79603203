import { runAction, storeLocation, withStoreOptions, type CommandRegistrar, type StoreOptions } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openStore } from '../open-store.js';

/** What `aduan migrate` leaves: the schema and its version. */
interface MigrateResult {
  schema: string;
  version: number;
}

/**
 * `aduan migrate`: brings the store's schema to this version of aduan (other commands never change
 * it). Opening the store applies what is pending, under the store's own lock and advisory lock, so
 * two runs at once are safe; running it again changes nothing.
 */
export const registerMigrate: CommandRegistrar = (program, context) => {
  withStoreOptions(program.command('migrate'))
    .description('Perbarui skema penyimpanan ke versi ini / bring the store schema up to this version')
    .action((options: StoreOptions) =>
      runAction(context, options.json, async (output) => {
        const store = await openStore(storeLocation(options, context), { migrate: true });
        let result: MigrateResult;
        try {
          const { schema, version } = await store.migrate();
          result = { schema, version };
        } finally {
          await store.close();
        }
        output.result(result, ({ schema, version }) => [`Skema ${schema} kini versi ${version} (schema is now at version ${version})`]);
        return EXIT.ok;
      }),
    );
};
