/** Column models of clusters and their members (the JSON contract: keys stay as they are). */
import type { ClusterMemberRecord, ClusterRecord } from '../../../core/evidence/cluster.js';
import type { Column } from '../../../render/model.js';
import { CLUSTER } from '../../../i18n/messages/law-clusters.js';

export function clusterColumns(): Column<ClusterRecord>[] {
  return [
    { key: 'ref', header: CLUSTER.colRef() },
    { key: 'name', header: CLUSTER.colName(), maxWidth: 40 },
    { key: 'kind_label', header: CLUSTER.colKind(), humanOnly: true },
    { key: 'kind', header: CLUSTER.colKind(), machineOnly: true },
    { key: 'organizer', header: CLUSTER.colOrganizerRef(), machineOnly: true },
    { key: 'organizer_name', header: CLUSTER.colOrganizer(), maxWidth: 40 },
    { key: 'organizer_level', header: CLUSTER.colLevel() },
    { key: 'year', header: CLUSTER.colYear(), machineOnly: true },
    { key: 'members', header: CLUSTER.colMembers(), align: 'right', kind: 'count' },
    { key: 'leading', header: CLUSTER.colLeading(), value: (r) => r.leading.join(', '), humanOnly: true, maxWidth: 40 },
    { key: 'leading', header: CLUSTER.colLeading(), machineOnly: true },
    { key: 'note', header: CLUSTER.colNote(), machineOnly: true },
  ];
}

export function clusterMemberColumns(): Column<ClusterMemberRecord>[] {
  return [
    { key: 'cluster', header: CLUSTER.colRef(), machineOnly: true },
    { key: 'cluster_name', header: CLUSTER.colName(), machineOnly: true },
    { key: 'organizer_level', header: CLUSTER.colLevel(), machineOnly: true },
    { key: 'year', header: CLUSTER.colYear() },
    { key: 'collective', header: CLUSTER.colCollectiveRef() },
    { key: 'collective_name', header: CLUSTER.colCollective(), maxWidth: 40 },
    { key: 'rank', header: CLUSTER.colRank(), align: 'right' },
    { key: 'leading', header: CLUSTER.colLeading(), value: (r) => (r.leading ? CLUSTER.yes() : ''), humanOnly: true },
    { key: 'leading', header: CLUSTER.colLeading(), machineOnly: true },
    { key: 'note', header: CLUSTER.colNote(), machineOnly: true },
  ];
}
