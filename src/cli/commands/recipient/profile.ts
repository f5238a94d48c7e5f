import { Command } from 'commander';
import type { Profile } from '../../../core/paperwork/profile.js';
import { resolveRecipient } from '../../../core/resolve.js';
import type { Column } from '../../../render/model.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput } from '../../options.js';

const columns: Column<Profile>[] = [
  { key: 'recipient', header: 'Recipient' },
  { key: 'name', header: 'Name' },
  { key: 'kind', header: 'Kind' },
  { key: 'gender', header: 'Gender' },
  { key: 'stat_group', header: 'Group' },
  { key: 'enterprise', header: 'Enterprise' },
];

interface ProfileOptions extends OutputOptions {
  gender?: string;
  group?: string;
  enterprise?: string;
}

export function recipientProfileCommand(ctx: Context): Command {
  const cmd = new Command('profile')
    .description('optional facts for certificates and statistics: gender (Ông/Bà), group of an individual (1–5), enterprise; shown when none is given')
    .argument('<recipient>', 'reference or words of the name')
    .option('--gender <gender>', 'nam or nữ (male, female); - clears it')
    .option('--group <n>', 'group of the statistical forms, 1–5: 1 leaders at ministry/province level and above, 2 at department level, 3 entrepreneurs, 4 other leaders from deputy head of office up, 5 workers, farmers and others; - clears it')
    .option('--enterprise <yes|no>', 'whether a collective is an enterprise; - clears it')
    .action(async (query: string, opts: ProfileOptions) => {
      const reg = await ctx.registry();
      const r = await resolveRecipient(reg.db, query);
      const { editProfile, getProfile } = await import('../../../core/paperwork/profile.js');
      const edit = opts.gender !== undefined || opts.group !== undefined || opts.enterprise !== undefined;
      const p = edit ? await editProfile(reg, r, { gender: opts.gender, group: opts.group, enterprise: opts.enterprise }) : await getProfile(reg.db, r.id);
      await ctx.printRecord(columns, p, opts);
    });
  withOutput(cmd);
  return examples(cmd, ['tdkt recipient profile tran-thi-b --gender nữ --group 4', 'tdkt recipient profile "cong ty" --enterprise yes']);
}
