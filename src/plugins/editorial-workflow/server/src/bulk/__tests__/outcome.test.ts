import { errors } from '@strapi/utils';
import { conflict } from '../../workflow/conflict';
import { forbidden } from '../../utils/errors';
import { outcomeOfFailure } from '../outcome';
import { totalsOf } from '../run';

const ref = { documentId: 'abc123', version: 4 };

describe('the outcome of one item of a bulk action', () => {
  it('is a conflict when the item is no longer at the version seen: someone acted first', () => {
    const error = conflict({ state: 'approved', version: 5 }, 'Không thể "Duyệt" (approve) ở trạng thái này.');
    expect(outcomeOfFailure(ref, error)).toEqual({ documentId: 'abc123', outcome: 'conflict', message: error.message, state: 'approved', version: 5 });
  });

  it('is a refusal when the step was never open from the state seen (a 409 at the very version sent)', () => {
    const error = conflict({ state: 'awaiting_approval', version: 4 }, 'Không thể "Chuyển Trưởng phòng duyệt" (forward) ở trạng thái này.');
    expect(outcomeOfFailure(ref, error)).toEqual({ documentId: 'abc123', outcome: 'refused', status: 409, message: error.message });
  });

  it('keeps the single route’s status and words for a 403, a 404 and a 400, and nothing else about the item', () => {
    expect(outcomeOfFailure(ref, forbidden('Chỉ Trưởng phòng chuyên môn được giao mới được "Duyệt" tin bài này.', { role: 'head' }))).toEqual({
      documentId: 'abc123',
      outcome: 'refused',
      status: 403,
      message: 'Chỉ Trưởng phòng chuyên môn được giao mới được "Duyệt" tin bài này.',
    });
    expect(outcomeOfFailure(ref, new errors.NotFoundError('Không tìm thấy tin bài, hoặc tin bài không thuộc phạm vi của bạn.'))).toEqual({
      documentId: 'abc123',
      outcome: 'refused',
      status: 404,
      message: 'Không tìm thấy tin bài, hoặc tin bài không thuộc phạm vi của bạn.',
    });
    expect(outcomeOfFailure(ref, new errors.ValidationError('Tin bài chưa có đơn vị.'))).toMatchObject({ outcome: 'refused', status: 400 });
  });

  it('is no outcome for an error that is no refusal (the caller logs it)', () => {
    expect(outcomeOfFailure(ref, new Error('connection terminated'))).toBeNull();
    expect(outcomeOfFailure(ref, 'odd')).toBeNull();
  });

  it('counts the outcomes', () => {
    expect(
      totalsOf([
        { documentId: 'a', outcome: 'done', title: 'A', state: 'approved', version: 2 },
        { documentId: 'b', outcome: 'refused', status: 404, message: 'x' },
        { documentId: 'c', outcome: 'done', title: 'C', state: 'approved', version: 3 },
      ])
    ).toEqual({ total: 3, done: 2, conflict: 0, refused: 1 });
  });
});
