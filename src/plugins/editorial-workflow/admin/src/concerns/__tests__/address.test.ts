import { filtersFromSearch } from '../address';
import { concernsLink } from '../../overview/links';

describe('the desk’s filters from its address', () => {
  it('reads the overview’s links, and ignores what is not a filter', () => {
    expect(filtersFromSearch(concernsLink({ severity: 'incident' }).split('?')[1])).toEqual({ severity: 'incident' });
    expect(filtersFromSearch(concernsLink({ overdue: true }).split('?')[1])).toEqual({ overdue: true });
    expect(filtersFromSearch('?status=new&severity=crisis')).toEqual({ status: 'new', severity: 'crisis' });
    expect(filtersFromSearch('?severity=nuclear&status=x&overdue=maybe&page=9')).toEqual({});
  });
});
