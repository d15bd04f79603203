const DAY = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric' });

/** A day as residents read it, in WIB: "3 Maret 2025"; empty for none. */
export const dayInWib = (instant: string | Date | null | undefined): string => (instant ? DAY.format(new Date(instant)) : '');
