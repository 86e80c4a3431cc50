import { Button } from '@strapi/design-system';
import { Download } from '@strapi/icons';

import type { ExportFormat } from '../../pages/stats/types';
import { useExport } from '../../pages/stats/useExport';
import { useStatsMessages } from '../../pages/stats/useStatsMessages';

type ExportButtonsProps = {
  /** The export's query for each format (`table=…&format=…&` plus the table's own parameters). */
  paramsFor: (format: ExportFormat) => string;
  /** The file's name when the server sends none, without extension. */
  fallbackName: string;
  disabled?: boolean;
};

/** "Excel" and "CSV" downloads of the table as it is filtered on screen. */
export const ExportButtons = ({ paramsFor, fallbackName, disabled }: ExportButtonsProps) => {
  const { t } = useStatsMessages();
  const { download, busy } = useExport();
  const button = (format: ExportFormat, label: string) => {
    const params = paramsFor(format);
    return (
      <Button
        variant="secondary"
        size="S"
        startIcon={<Download />}
        loading={busy === params}
        disabled={disabled || (busy !== null && busy !== params)}
        onClick={() => download(params, format, fallbackName)}
      >
        {label}
      </Button>
    );
  };
  return (
    <>
      {button('xlsx', t('export.xlsx', 'Xuất Excel'))}
      {button('csv', t('export.csv', 'Xuất CSV'))}
    </>
  );
};
