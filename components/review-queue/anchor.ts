/** Where an event's item in the review queue starts: the events list links there. */
export const itemId = (eventId: string) => `akce-${eventId}`;
export const queueAnchor = (eventId: string) => `/nabor/ke-schvaleni#${itemId(eventId)}`;
