/**
 * Version 2 of the schema: the officer accounts of `createPostgresAccountStore`, beside the
 * complaints. Usernames compare byte-wise (`COLLATE "C"`) so list order is the contract's plain
 * code-unit order whatever the database's locale. `s` is the quoted schema name.
 */
export function accountTables(s: string): string[] {
  return [
    `CREATE TABLE ${s}.officer_accounts (
      id text PRIMARY KEY,
      username text COLLATE "C" NOT NULL,
      display_name text NOT NULL,
      role text NOT NULL CHECK (role IN ('coordinator', 'unit_officer', 'supervisor', 'auditor')),
      unit_id text,
      password_hash text NOT NULL,
      disabled boolean NOT NULL DEFAULT false,
      session_generation integer NOT NULL DEFAULT 1,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CONSTRAINT officer_accounts_username_key UNIQUE (username),
      CHECK (role <> 'unit_officer' OR unit_id IS NOT NULL),
      CHECK (role NOT IN ('coordinator', 'auditor') OR unit_id IS NULL)
    )`,
  ];
}
