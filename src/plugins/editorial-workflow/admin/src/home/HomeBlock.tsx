import * as React from 'react';
import { Widget } from '@strapi/strapi/admin';
import type { HomeSummary } from '../../../shared/contracts/home';
import { describeError } from '../utils/errors';
import { useGetWorkflowHomeQuery } from './api';
import { useHomeText } from './messages';

/** One widget's body from the shared answer of `GET /home`: Strapi's own loading and error states around it. */
export const HomeBlock = ({ children }: { children: (data: HomeSummary) => React.ReactNode }) => {
  const say = useHomeText();
  const { data, error, isLoading } = useGetWorkflowHomeQuery();
  if (isLoading) return <Widget.Loading />;
  if (error || !data) return <Widget.Error>{describeError(error).message ?? say('error', 'Không tải được số liệu của bạn.')}</Widget.Error>;
  return <>{children(data)}</>;
};
