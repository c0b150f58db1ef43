import type { Input } from '../../../shared/api/contract';
import { apiQuery } from '../../lib/queryClient';
import { write } from '../../lib/writes';

export const deterioroQueries = {
  list: (cutDate: string) => apiQuery('deterioro.list', { cutDate }),
  tes: () => apiQuery('deterioro.tesList', {}),
  preview: (input: Input<'deterioro.preview'>) => apiQuery('deterioro.preview', input),
};

export const deterioroApi = {
  record: (input: Input<'deterioro.record'>) => write('deterioro.record', input),
  tesSave: (input: Input<'deterioro.tesSave'>) => write('deterioro.tesSave', input),
};
