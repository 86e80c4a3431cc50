import * as React from 'react';
import { Badge, Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';
import { CALENDAR_ENTRY_KIND_LABELS, type CalendarEntry, type CalendarEntryKind } from '../../../shared/contracts/calendar';
import type { CalendarQuery } from '../../../shared/contracts/plan';
import { describeError } from '../utils/errors';
import { useGetCalendarChoicesQuery, useGetCalendarQuery } from './api';
import { FeedTokenBox } from './FeedTokenBox';
import { addDays, entryDate, entryTime, monthWeeks, vnToday, weekDays } from './grid';

type View = 'month' | 'week';
type Filter = 'unit' | 'department' | 'topic';
const ALL = 'all';
const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

const KIND_VARIANT: Record<CalendarEntryKind, string> = {
  scheduled: 'secondary',
  published: 'success',
  'assignment-due': 'danger',
  event: 'primary',
  'report-due': 'warning',
  'unit-plan-due': 'warning',
  'script-milestone': 'neutral',
  guidance: 'alternative',
};

const dateLabel = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** One entry in a day's cell: its time (Vietnam), kind and title; a click opens what it is about. */
function EntryChip({ entry, onOpen }: { entry: CalendarEntry; onOpen: (entry: CalendarEntry) => void }) {
  const time = entryTime(entry.start);
  return (
    <button
      type="button"
      onClick={() => onOpen(entry)}
      data-testid="ew-calendar-entry"
      data-kind={entry.kind}
      title={`${CALENDAR_ENTRY_KIND_LABELS[entry.kind]}: ${entry.title}${entry.unitName ? ` (${entry.unitName})` : ''}`}
      style={{ display: 'block', width: '100%', textAlign: 'left', border: 0, background: 'transparent', cursor: 'pointer', padding: '2px 0' }}
    >
      <Flex gap={1} alignItems="flex-start">
        <Badge variant={KIND_VARIANT[entry.kind] as never}>{time ?? 'Cả ngày'}</Badge>
        <Typography variant="pi" ellipsis>
          {entry.title}
        </Typography>
      </Flex>
    </button>
  );
}

/**
 * "Lịch truyền thông": the month or the week of scheduled publishes, published items, assignment due
 * dates, events, report and plan due dates, script milestones and guidance, in Vietnam time, filtered
 * by unit, department and topic. Each entry opens its item or page. What a person sees is the
 * server's scope (shared/contracts/plan.ts).
 */
const CalendarApp = () => {
  const navigate = useNavigate();
  const [view, setView] = React.useState<View>('month');
  const [anchor, setAnchor] = React.useState(vnToday());
  const [filters, setFilters] = React.useState<Partial<Record<Filter, number>>>({});
  const weeks = view === 'month' ? monthWeeks(anchor) : [weekDays(anchor)];
  const query: CalendarQuery = { from: weeks[0][0], to: weeks[weeks.length - 1][6], ...filters };
  const calendar = useGetCalendarQuery(query);
  const choices = useGetCalendarChoicesQuery();
  const today = vnToday();

  const byDay = React.useMemo(() => {
    const map = new Map<string, CalendarEntry[]>();
    for (const entry of calendar.data?.entries ?? []) {
      const day = entryDate(entry.start);
      map.set(day, [...(map.get(day) ?? []), entry]);
    }
    return map;
  }, [calendar.data]);

  const move = (direction: 1 | -1) => {
    if (view === 'week') return setAnchor(addDays(anchor, 7 * direction));
    const [y, m] = anchor.split('-').map(Number);
    setAnchor(new Date(Date.UTC(y, m - 1 + direction, 1)).toISOString().slice(0, 10));
  };
  const open = (entry: CalendarEntry) => navigate(entry.target.path);
  const heading = view === 'month' ? `Tháng ${anchor.slice(5, 7)}/${anchor.slice(0, 4)}` : `Tuần ${dateLabel(weeks[0][0])} – ${dateLabel(weeks[0][6])}`;

  const filterSelect = (key: Filter, label: string, options: Array<{ id: number; name: string; code: string }>) => (
    <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
      <Field.Root name={`ew-calendar-${key}`}>
        <Field.Label>{label}</Field.Label>
        <SingleSelect
          value={filters[key] === undefined ? ALL : String(filters[key])}
          onChange={(next: string | number) => setFilters((current) => ({ ...current, [key]: String(next) === ALL ? undefined : Number(next) }))}
          data-testid={`ew-calendar-filter-${key}`}
        >
          <SingleSelectOption value={ALL}>Tất cả</SingleSelectOption>
          {options.map((option) => (
            <SingleSelectOption key={option.id} value={String(option.id)}>
              {`${option.code} · ${option.name}`}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </Grid.Item>
  );

  return (
    <Page.Main>
      <Page.Title>Lịch truyền thông</Page.Title>
      <Layouts.Header title="Lịch truyền thông" subtitle="Lịch đăng bài, hạn bài được giao, sự kiện, hạn báo cáo và kế hoạch, mốc kịch bản truyền thông (giờ Việt Nam)." />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
            <Grid.Root gap={3} data-testid="ew-calendar-filters">
              {filterSelect('unit', 'Đơn vị', choices.data?.units ?? [])}
              {filterSelect('department', 'Phòng chuyên môn', choices.data?.departments ?? [])}
              {filterSelect('topic', 'Chủ đề', choices.data?.topics ?? [])}
            </Grid.Root>
            <Flex gap={2} paddingTop={4} justifyContent="space-between" wrap="wrap">
              <Flex gap={2}>
                <Button variant="tertiary" onClick={() => move(-1)} data-testid="ew-calendar-previous">{view === 'month' ? 'Tháng trước' : 'Tuần trước'}</Button>
                <Button variant="tertiary" onClick={() => setAnchor(vnToday())}>Hôm nay</Button>
                <Button variant="tertiary" onClick={() => move(1)} data-testid="ew-calendar-next">{view === 'month' ? 'Tháng sau' : 'Tuần sau'}</Button>
                <Typography variant="delta" data-testid="ew-calendar-heading">{heading}</Typography>
              </Flex>
              <Flex gap={2}>
                <Button variant={view === 'month' ? 'default' : 'secondary'} onClick={() => setView('month')} data-testid="ew-calendar-view-month">Tháng</Button>
                <Button variant={view === 'week' ? 'default' : 'secondary'} onClick={() => setView('week')} data-testid="ew-calendar-view-week">Tuần</Button>
              </Flex>
            </Flex>
            <Box paddingTop={4}>
              {calendar.error ? (
                <Typography textColor="danger600" role="alert">{describeError(calendar.error).message ?? 'Không tải được lịch.'}</Typography>
              ) : (
                <table style={{ width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse' }} data-testid={`ew-calendar-${view}`}>
                  <thead>
                    <tr>
                      {WEEKDAYS.map((name) => (
                        <th key={name} style={{ padding: 4 }}>
                          <Typography variant="sigma">{name}</Typography>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {weeks.map((week) => (
                      <tr key={week[0]}>
                        {week.map((day) => {
                          const inMonth = view === 'week' || day.slice(0, 7) === anchor.slice(0, 7);
                          return (
                            <td key={day} data-testid="ew-calendar-day" data-date={day} style={{ verticalAlign: 'top', border: '1px solid #eaeaef', padding: 4, height: view === 'week' ? 320 : 110, opacity: inMonth ? 1 : 0.5 }}>
                              <Typography variant="pi" fontWeight={day === today ? 'bold' : undefined} textColor={day === today ? 'primary600' : 'neutral600'}>
                                {Number(day.slice(8, 10))}
                              </Typography>
                              {(byDay.get(day) ?? []).map((entry) => (
                                <EntryChip key={entry.key} entry={entry} onOpen={open} />
                              ))}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {calendar.data && calendar.data.omittedPublished > 0 ? (
                <Typography variant="pi" textColor="neutral600">{`Và ${calendar.data.omittedPublished} tin đã đăng khác không hiển thị: hãy lọc theo đơn vị, phòng hoặc chủ đề.`}</Typography>
              ) : null}
            </Box>
          </Box>
          <FeedTokenBox />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default CalendarApp;
