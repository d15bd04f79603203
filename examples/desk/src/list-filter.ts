import { COMPLAINT_STATUSES, type ComplaintStatus, type CountFilter } from '@aduan/spec';

/** The filter fields of the queue page and exports, as typed in the form (all optional). */
export interface FilterForm {
  status?: string;
  unit?: string;
  category?: string;
  channel?: string;
  kelurahan?: string;
  dari?: string;
  sampai?: string;
  cari?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const field = (value: string | undefined, max: number) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
};

/** Reads the filter form from a query string; what is not understood is left out (the form shows what applies). */
export function readFilterForm(query: Record<string, string | undefined>): FilterForm {
  const form: FilterForm = {};
  for (const key of ['status', 'unit', 'category', 'channel', 'kelurahan', 'dari', 'sampai', 'cari'] as const) {
    const value = field(query[key], 120);
    if (value !== undefined) form[key] = value;
  }
  if (form.status && !COMPLAINT_STATUSES.includes(form.status as ComplaintStatus)) delete form.status;
  if (form.dari && !DATE.test(form.dari)) delete form.dari;
  if (form.sampai && !DATE.test(form.sampai)) delete form.sampai;
  return form;
}

/**
 * The desk filter of a queue narrowed by the form; dates are whole days in WIB. Null when nothing
 * can match (a status outside the queue): the queue is then empty rather than widened.
 */
export function applyFilterForm(base: CountFilter, form: FilterForm): CountFilter | null {
  const filter: CountFilter = { ...base };
  if (form.status) {
    const status = form.status as ComplaintStatus;
    if (base.status && !base.status.includes(status)) return null;
    filter.status = [status];
  }
  if (form.unit) filter.unitId = form.unit;
  if (form.category) filter.category = form.category;
  if (form.channel) filter.channel = form.channel;
  if (form.kelurahan) filter.kelurahan = form.kelurahan;
  if (form.dari) filter.createdFrom = new Date(`${form.dari}T00:00:00+07:00`).toISOString();
  if (form.sampai) filter.createdTo = new Date(new Date(`${form.sampai}T00:00:00+07:00`).getTime() + 86_400_000).toISOString();
  if (form.cari) filter.text = form.cari.slice(0, 100);
  return filter;
}

/** The form back as a query string, for links that keep the filter (paging, exports). */
export function filterQuery(form: FilterForm): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) if (value) params.set(key, value);
  return params.toString();
}
