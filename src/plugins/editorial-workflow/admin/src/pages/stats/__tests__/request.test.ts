import { statsRequestOf, type QueryResult } from '../request';

const result = (state: Partial<QueryResult<number>>): QueryResult<number> => ({
  isError: false,
  isFetching: false,
  refetch: jest.fn(),
  ...state,
});

describe('statsRequestOf', () => {
  it('is loading before the first answer and while any answer is on its way, a retry included', () => {
    expect(statsRequestOf(result({})).status).toBe('loading');
    expect(statsRequestOf(result({ isFetching: true })).status).toBe('loading');
    expect(statsRequestOf(result({ isFetching: true, currentData: 3 })).status).toBe('loading');
    expect(statsRequestOf(result({ isFetching: true, isError: true, error: { status: 400 } })).status).toBe('loading');
  });

  it('keeps the error to explain, even when an older answer is cached', () => {
    const error = { status: 400, message: 'Khoảng thời gian không hợp lệ.' };
    expect(statsRequestOf(result({ isError: true, error, currentData: 3 }))).toMatchObject({ status: 'error', error });
  });

  it('is ready with the data of the filters on screen', () => {
    expect(statsRequestOf(result({ currentData: 0 }))).toMatchObject({ status: 'ready', data: 0 });
  });

  it('reloads through the query', () => {
    const refetch = jest.fn();
    statsRequestOf(result({ isError: true, refetch })).reload();
    expect(refetch).toHaveBeenCalledTimes(1);
  });
});
