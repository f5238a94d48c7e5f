// Frozen in time: this migration imports kysely only, never application code.
//
// No change of structure: the award type's `levels` now also holds dated periods
// (`district@..2025-06-30,commune@2025-07-01..`). Raising the schema version is what makes an existing
// registry take the catalogue's corrections for the two-tier local government, which the application
// applies as audited updates in the same transaction that marks the registry current.
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
