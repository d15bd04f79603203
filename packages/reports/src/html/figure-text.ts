import type { KpiFigure } from '../figures.js';
import { formatDateTimeWib } from '../wib.js';

const decimal = (value: number, digits: number) =>
  value.toLocaleString('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A figure as officers read it in Bahasa Indonesia: `75,0 % (3/4)`, `2,5 HK (median 2)`, `—` for nothing to measure. */
export function figureText(figure: KpiFigure): string {
  switch (figure.kind) {
    case 'count':
      return decimal(figure.value, 0);
    case 'share':
      return figure.value === null ? '—' : `${decimal(figure.value * 100, 1)} % (${figure.numerator}/${figure.denominator})`;
    case 'days':
      return figure.mean === null || figure.median === null
        ? '—'
        : `${decimal(figure.mean, 1)} HK (median ${decimal(figure.median, 1)}; ${figure.count} aduan)`;
    case 'mean':
      return figure.value === null ? '—' : `${decimal(figure.value, 2)} (${figure.count} jawaban)`;
    case 'last':
      return figure.at === null ? '—' : `${formatDateTimeWib(Date.parse(figure.at))} (${figure.workingDaysSince} HK lalu)`;
  }
}
