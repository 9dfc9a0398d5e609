export * from '../features/accounts/tables';
export * from '../features/mail/tables';
export * from '../features/organisations/tables';
export * from '../features/programs/tables';
export * from '../features/reminders/tables';
export * from '../features/training/tables';
