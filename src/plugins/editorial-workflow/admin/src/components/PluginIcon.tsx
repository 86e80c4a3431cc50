import { ChartPie, Feather } from '@strapi/icons';

export const PluginIcon = () => <Feather />;
export const StatsIcon = () => <ChartPie />;
