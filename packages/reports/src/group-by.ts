/** What a report groups complaints by. */
export const GROUP_BYS = ['unit', 'category', 'channel', 'kelurahan', 'month'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
