// The static list of migrations, oldest first. Names never change once released.
import type { Migration } from 'kysely';
import * as m001 from './001-initial.js';
import * as m002 from './002-evidence.js';
import * as m003 from './003-append-only.js';
import * as m004 from './004-import-indexes.js';
import * as m005 from './005-audit-ranges.js';
import * as m006 from './006-law-dated-levels.js';
import * as m007 from './007-paperwork.js';
import * as m008 from './008-trust.js';
import * as m009 from './009-desk.js';
import * as m010 from './010-read-indexes.js';
import * as m011 from './011-emulation-clusters.js';

export const migrations: Record<string, Migration> = {
  '001-initial': m001,
  '002-evidence': m002,
  '003-append-only': m003,
  '004-import-indexes': m004,
  '005-audit-ranges': m005,
  '006-law-dated-levels': m006,
  '007-paperwork': m007,
  '008-trust': m008,
  '009-desk': m009,
  '010-read-indexes': m010,
  '011-emulation-clusters': m011,
};
