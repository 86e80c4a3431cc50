import * as React from 'react';
import { Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import {
  CONCERN_LIMITS,
  CONCERN_CHANNEL_LABELS,
  CONCERN_CHANNELS,
  CONCERN_KIND_LABELS,
  CONCERN_KINDS,
  CONCERN_SEVERITIES,
  CONCERN_SEVERITY_LABELS,
  type ConcernChannel,
  type ConcernKind,
  type ConcernList,
  type ConcernSeverity,
} from '../../../shared/contracts/concerns';
import { describeError } from '../utils/errors';
import { useFileConcernMutation } from './api';
import { useConcernsText } from './messages';
import { UnitPicker } from './UnitPicker';
import { useScreenshotUpload } from './ConcernScreenshots';
import { useAttachConcernScreenshotsMutation } from './screenshots-api';
import { SCREENSHOT_ACCEPT, SCREENSHOT_LIMITS } from '../../../shared/contracts/concern-evidence';

const pad = (n: number) => String(n).padStart(2, '0');
/** Now in Vietnam time, as a `datetime-local` input holds it. */
const vietnamNowLocal = () => {
  const local = new Date(Date.now() + 7 * 3_600_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
};
/** A `datetime-local` value read as Vietnam time. */
const fromVietnamLocal = (value: string) => new Date(`${value}:00+07:00`).toISOString();

/** Filing a concern: any unit member, for one of their units; the department defaults to the topic's (the server's rule). */
export const ConcernForm = ({ options, onFiled }: { options: ConcernList; onFiled: (id: number) => void }) => {
  const say = useConcernsText();
  const { toggleNotification } = useNotification();
  const [file, { isLoading }] = useFileConcernMutation();
  const [title, setTitle] = React.useState('');
  const [description, setDescription] = React.useState('');
  const [topicId, setTopicId] = React.useState<number | null>(null);
  const [channel, setChannel] = React.useState<ConcernChannel>('social-network');
  const [links, setLinks] = React.useState('');
  const [firstSeen, setFirstSeen] = React.useState(vietnamNowLocal());
  const [kind, setKind] = React.useState<ConcernKind>('current');
  const [severity, setSeverity] = React.useState<ConcernSeverity | null>(null);
  const [unitIds, setUnitIds] = React.useState<number[]>([]);
  const [filingUnitId, setFilingUnitId] = React.useState<number>(options.filingUnits[0]?.id);
  const [screenshots, setScreenshots] = React.useState<File[]>([]);
  const upload = useScreenshotUpload();
  const [attach] = useAttachConcernScreenshotsMutation();
  const [error, setError] = React.useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    if (topicId === null) return setError(say('form.pickTopic', 'Hãy chọn lĩnh vực của vấn đề.'));
    if (severity === null) return setError(say('form.pickSeverity', 'Hãy chọn mức độ của vấn đề.'));
    if (screenshots.length > SCREENSHOT_LIMITS.perConcern) {
      return setError(say('form.screenshotsMax', 'Tối đa {count} ảnh chụp màn hình.', { count: SCREENSHOT_LIMITS.perConcern }));
    }
    try {
      const filed = await file({
        title,
        description,
        topicId,
        ...(unitIds.length > 0 ? { unitIds } : {}),
        channel,
        sourceLinks: links.split(/\s+/).filter(Boolean),
        firstSeenAt: fromVietnamLocal(firstSeen),
        kind,
        severity,
        filingUnitId,
      }).unwrap();
      toggleNotification({ type: 'success', message: say('form.done', 'Đã báo vấn đề "{title}".', { title: filed.title }) });
      // The concern is filed: its screenshots follow (uploaded to the media library, then attached). A failure
      // there leaves the concern as filed; the detail's own button adds them again.
      if (screenshots.length > 0) {
        try {
          await attach({ id: filed.id, fileIds: await upload(screenshots) }).unwrap();
        } catch (failure) {
          toggleNotification({
            type: 'warning',
            message: describeError(failure).message ?? say('form.screenshotsError', 'Vấn đề đã được báo nhưng chưa đính kèm được ảnh chụp màn hình: hãy tải lại trong trang vấn đề.'),
          });
        }
      }
      onFiled(filed.id);
    } catch (failure) {
      setError(describeError(failure).message ?? say('form.error', 'Không báo được vấn đề. Hãy thử lại.'));
    }
  };

  const choose = <T extends string>(name: string, label: string, value: T | null, values: readonly T[], labels: Record<T, string>, set: (value: T) => void, col = 3) => (
    <Grid.Item col={col} s={6} direction="column" alignItems="stretch">
      <Field.Root name={`ew-concern-form-${name}`}>
        <Field.Label>{label}</Field.Label>
        <SingleSelect value={value ?? undefined} placeholder={say('form.choose', 'Chọn')} onChange={(next: string | number) => set(next as T)} data-testid={`ew-concern-form-${name}`}>
          {values.map((option) => (
            <SingleSelectOption key={option} value={option}>{labels[option]}</SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </Grid.Item>
  );

  return (
    <Box tag="form" onSubmit={submit} background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-concern-form">
      <Typography variant="beta" tag="h2">{say('form.title', 'Báo vấn đề dư luận')}</Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {say('form.intro', 'Mức "Sự cố" và "Khủng hoảng" được báo ngay cho Văn phòng Sở, trưởng phòng phụ trách và lãnh đạo Sở.')}
      </Typography>
      <Grid.Root gap={3} paddingTop={3}>
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <Field.Root name="ew-concern-form-title" required>
            <Field.Label>{say('form.titleField', 'Tiêu đề')}</Field.Label>
            <Field.Input value={title} maxLength={200} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTitle(event.target.value)} data-testid="ew-concern-form-title" />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <Field.Root name="ew-concern-form-description" required>
            <Field.Label>{say('form.description', 'Mô tả')}</Field.Label>
            <Textarea value={description} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setDescription(event.target.value)} data-testid="ew-concern-form-description" />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root name="ew-concern-form-topic" required>
            <Field.Label>{say('form.topic', 'Lĩnh vực')}</Field.Label>
            <SingleSelect value={topicId === null ? undefined : String(topicId)} placeholder={say('form.choose', 'Chọn')} onChange={(next: string | number) => setTopicId(Number(next))} data-testid="ew-concern-form-topic">
              {options.topics.map((topic) => (
                <SingleSelectOption key={topic.id} value={String(topic.id)}>{`${topic.code} ${topic.title}`}</SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        {options.filingUnits.length > 1 ? (
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="ew-concern-form-unit">
              <Field.Label>{say('form.unit', 'Đơn vị báo')}</Field.Label>
              <SingleSelect value={String(filingUnitId)} onChange={(next: string | number) => setFilingUnitId(Number(next))}>
                {options.filingUnits.map((unit) => (
                  <SingleSelectOption key={unit.id} value={String(unit.id)}>{unit.name}</SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Grid.Item>
        ) : null}
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <UnitPicker value={unitIds} onChange={setUnitIds} max={CONCERN_LIMITS.unitsMax} />
        </Grid.Item>
        {choose('severity', say('form.severity', 'Mức độ'), severity, CONCERN_SEVERITIES, CONCERN_SEVERITY_LABELS, setSeverity)}
        {choose('kind', say('form.kind', 'Loại'), kind, CONCERN_KINDS, CONCERN_KIND_LABELS, setKind)}
        {choose('channel', say('form.channel', 'Nơi phát hiện'), channel, CONCERN_CHANNELS, CONCERN_CHANNEL_LABELS, setChannel)}
        <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
          <Field.Root name="ew-concern-form-seen">
            <Field.Label>{say('form.firstSeen', 'Phát hiện lúc (giờ Việt Nam)')}</Field.Label>
            <Field.Input type="datetime-local" value={firstSeen} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setFirstSeen(event.target.value)} />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <Field.Root name="ew-concern-form-screenshots" hint={say('form.screenshotsHint', 'Ảnh (PNG, JPEG, WebP, GIF) hoặc PDF, tối đa {count} tệp; lưu riêng tư, chỉ những người xem được vấn đề mới thấy.', { count: SCREENSHOT_LIMITS.perConcern })}>
            <Field.Label>{say('form.screenshots', 'Ảnh chụp màn hình')}</Field.Label>
            <input
              type="file"
              accept={SCREENSHOT_ACCEPT}
              multiple
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => setScreenshots(Array.from(event.target.files ?? []))}
              data-testid="ew-concern-form-screenshots"
            />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <Field.Root name="ew-concern-form-links" hint={say('form.linksHint', 'Mỗi đường dẫn http:// hoặc https:// một dòng.')}>
            <Field.Label>{say('form.links', 'Đường dẫn nguồn')}</Field.Label>
            <Textarea value={links} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setLinks(event.target.value)} />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
      <Flex gap={3} paddingTop={3}>
        <Button type="submit" loading={isLoading} data-testid="ew-concern-form-submit">{say('form.submit', 'Gửi')}</Button>
        {error ? <Typography textColor="danger600" role="alert" data-testid="ew-concern-form-error">{error}</Typography> : null}
      </Flex>
    </Box>
  );
};
