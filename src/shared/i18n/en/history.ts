/** English strings of the call history. */
export const historyEn = {
  history: {
    heading: 'Recent calls',
    clear: 'Delete all',
    count_one: '{{count}} call',
    count_other: '{{count}} calls',
    confirmTitle: 'Delete all recent calls?',
    confirmText_one: 'Delete the {{count}} call in the list? This cannot be undone.',
    confirmText_other: 'Delete all {{count}} calls in the list? This cannot be undone.',
    confirmYes: 'Delete all',
    confirmNo: 'Keep calls',
    cleared: 'Recent calls deleted.',
    deleted: 'Call with {{name}} deleted from the list.',
    callBackLabel: 'Call {{name}} back',
    delete: 'Delete',
    deleteLabel: 'Delete the call with {{name}} ({{time}})',
    duration: 'Duration',
    today: 'Today',
    yesterday: 'Yesterday',
    missedOnly: 'Missed only',
    direction: {
      incoming: 'Incoming call',
      outgoing: 'Outgoing call',
      missed: 'Missed call',
    },
    result: {
      answered: 'Answered',
      ongoing: 'In progress',
      interrupted: 'Call interrupted',
      unknown: 'Result unknown',
    },
  },
};
