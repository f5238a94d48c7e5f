import { Command } from 'commander';
import type { Profile } from '../../../core/paperwork/profile.js';
import { resolveRecipient } from '../../../core/resolve.js';
import type { Column } from '../../../render/model.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput } from '../../options.js';
import { RECIPIENT_CMD } from '../../../i18n/messages/commands-b-recipient.js';
import { WORDS_B } from '../../../i18n/messages/commands-b.js';

const columns = (): Column<Profile>[] => [
  { key: 'recipient', header: RECIPIENT_CMD.colRecipient() },
  { key: 'name', header: RECIPIENT_CMD.colName() },
  { key: 'kind', header: RECIPIENT_CMD.colKind() },
  { key: 'gender', header: RECIPIENT_CMD.colGender() },
  { key: 'stat_group', header: RECIPIENT_CMD.colGroup() },
  { key: 'enterprise', header: RECIPIENT_CMD.colEnterprise() },
];

interface ProfileOptions extends OutputOptions {
  gender?: string;
  group?: string;
  enterprise?: string;
}

export function recipientProfileCommand(ctx: Context): Command {
  const cmd = new Command('profile')
    .description(RECIPIENT_CMD.profileDescription())
    .argument('<recipient>', WORDS_B.refOrNameWords())
    .option('--gender <gender>', RECIPIENT_CMD.optGender())
    .option('--group <n>', RECIPIENT_CMD.optGroup())
    .option('--enterprise <yes|no>', RECIPIENT_CMD.optEnterprise()) // i18n-ignore: an option's flag
    .action(async (query: string, opts: ProfileOptions) => {
      const reg = await ctx.registry();
      const r = await resolveRecipient(reg.db, query);
      const { editProfile, getProfile } = await import('../../../core/paperwork/profile.js');
      const edit = opts.gender !== undefined || opts.group !== undefined || opts.enterprise !== undefined;
      const p = edit ? await editProfile(reg, r, { gender: opts.gender, group: opts.group, enterprise: opts.enterprise }) : await getProfile(reg.db, r.id);
      await ctx.printRecord(columns(), p, opts);
    });
  withOutput(cmd);
  return examples(cmd, ['tdkt recipient profile tran-thi-b --gender nữ --group 4', 'tdkt recipient profile "cong ty" --enterprise yes']);
}
