import * as React from 'react';
import { Box, Tabs } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useT } from '../utils/useT';
import { DirectoryTab } from './DirectoryTab';
import { PeopleImport } from './PeopleImport';
import { UnitsTab } from './UnitsTab';
import { useNetworkPermissions } from './usePermissions';

/**
 * "Mạng lưới đơn vị": the units with their contact official, head and members (memberships added
 * and ended here), the directory "Danh bạ" and the import of people. The menu link needs
 * `network.read`; each tab and button shows only for the rights that the server asks for it.
 */
const NetworkApp = () => {
  const t = useT();
  const can = useNetworkPermissions();
  const [tab, setTab] = React.useState('units');
  return (
    <Page.Main>
      <Page.Title>{t('network.title', 'Mạng lưới đơn vị')}</Page.Title>
      <Layouts.Header
        title={t('network.title', 'Mạng lưới đơn vị')}
        subtitle={t('network.subtitle', 'Đơn vị, đầu mối truyền thông, thủ trưởng và cộng tác viên của từng đơn vị')}
      />
      <Layouts.Content>
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-network">
          <Tabs.Root value={tab} onValueChange={setTab}>
            <Tabs.List aria-label={t('network.title', 'Mạng lưới đơn vị')}>
              <Tabs.Trigger value="units" data-testid="ew-network-tab-units">
                {t('network.tab.units', 'Đơn vị')}
              </Tabs.Trigger>
              {can.readDirectory ? (
                <Tabs.Trigger value="directory" data-testid="ew-network-tab-directory">
                  {t('network.tab.directory', 'Danh bạ')}
                </Tabs.Trigger>
              ) : null}
              {can.manageNetwork ? (
                <Tabs.Trigger value="import" data-testid="ew-network-tab-import">
                  {t('network.tab.import', 'Nhập danh sách cán bộ')}
                </Tabs.Trigger>
              ) : null}
            </Tabs.List>
            <Box paddingTop={5}>
              <Tabs.Content value="units">
                <UnitsTab />
              </Tabs.Content>
              {can.readDirectory ? (
                <Tabs.Content value="directory">
                  <DirectoryTab />
                </Tabs.Content>
              ) : null}
              {can.manageNetwork ? (
                <Tabs.Content value="import">
                  <PeopleImport />
                </Tabs.Content>
              ) : null}
            </Box>
          </Tabs.Root>
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};

export default NetworkApp;
