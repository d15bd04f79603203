/**
 * Version 2 of the schema: the tables of `createPostgresTemplateStore` (`TemplateStoreV1`). Reply
 * templates are never deleted; each counted use has a row, so a use recorded twice counts once.
 * A released migration is never edited: changes go into a new file. `s` is the quoted schema name.
 */
export function templateStoreSchema(s: string): string[] {
  return [
    `CREATE TABLE ${s}.reply_templates (
      id text COLLATE "C" PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{1,100}$'),
      name text NOT NULL,
      stage text NOT NULL,
      category text,
      automatic boolean NOT NULL,
      active boolean NOT NULL,
      body text NOT NULL,
      short_body text,
      version integer NOT NULL CHECK (version >= 1),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      updated_by text NOT NULL,
      usage_count integer NOT NULL DEFAULT 0,
      last_used_at timestamptz
    )`,
    `CREATE INDEX reply_templates_stage ON ${s}.reply_templates (stage, id)`,
    `CREATE TABLE ${s}.reply_template_uses (
      template_id text COLLATE "C" NOT NULL REFERENCES ${s}.reply_templates (id),
      use_id text NOT NULL,
      PRIMARY KEY (template_id, use_id)
    )`,
  ];
}
