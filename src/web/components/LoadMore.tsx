import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface LoadMoreProps {
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

export function LoadMore({ hasNextPage, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  if (!hasNextPage) return null;
  return (
    <Center mt="md">
      <Button variant="default" loading={loading} onClick={onLoadMore}>
        {t('common.loadMore')}
      </Button>
    </Center>
  );
}
