import type { Actor } from '../access/actor.ts';

/**
 * How the files platform asks a register about one of its records. `readable` must apply the register's own
 * permission and jurisdiction rules (the same as its `GET /:id`); `attachable` (default: `readable`) says who
 * may add files (e.g. oversight reads but does not add evidence). Both answer false, never throw, for a record
 * the actor may not see: the attachment routes then answer 404, never 403.
 */
export type RecordTypePort = {
  readable(actor: Actor, recordId: string): Promise<boolean>;
  attachable?(actor: Actor, recordId: string): Promise<boolean>;
};

/** recordType → port. Empty until registers register themselves: every attach and download is then a 404. */
export function createRecordTypeRegistry() {
  const ports = new Map<string, RecordTypePort>();
  return {
    register(recordType: string, port: RecordTypePort): void {
      if (ports.has(recordType)) throw new Error(`Loại bản ghi ${recordType} đã được đăng ký`);
      ports.set(recordType, port);
    },
    get: (recordType: string): RecordTypePort | undefined => ports.get(recordType),
  };
}
export type RecordTypeRegistry = ReturnType<typeof createRecordTypeRegistry>;
