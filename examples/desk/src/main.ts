import { AduanError, StoreLockedError } from '@aduan/spec';
import { readConfig } from './config.js';
import { ROLE_LABELS } from './format.js';
import { startDeskService } from './service.js';

/** `pnpm start`: reads the environment, starts the service, prints where and how to sign in, and shuts down on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  const log = (line: string) => console.log(line);
  const service = await startDeskService(config, { log });
  log('');
  log(`Layanan Aduan Kota Pekalongan berjalan di ${service.url}`);
  log(`  Warga:   ${service.url}/warga/complaints/new`);
  log(`  Petugas: ${service.url}/petugas/masuk`);
  log(`  Open311: ${service.url}/open311/services.json`);
  log(`  Data:    ${config.databaseUrl ? 'server PostgreSQL (DATABASE_URL)' : `${config.dataDir} (PGlite)`}`);
  if (service.demoLogins.length > 0) {
    log('');
    log('Akun demo (ganti kata sandinya untuk pemakaian sungguhan):');
    for (const login of service.demoLogins) {
      log(`  ${login.username.padEnd(16)} ${ROLE_LABELS[login.role as keyof typeof ROLE_LABELS].padEnd(14)} kata sandi: ${login.password}`);
    }
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: berhenti dengan rapi…`);
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (StoreLockedError.isInstance(error)) {
    console.error(
      `Folder data ${error.location} sedang dipakai proses lain. Hentikan proses itu dulu, atau pakai server PostgreSQL (DATABASE_URL) untuk beberapa proses.`,
    );
  } else if (AduanError.isInstance(error) && error.code === 'invalid_config') {
    console.error(`Konfigurasi belum benar: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
