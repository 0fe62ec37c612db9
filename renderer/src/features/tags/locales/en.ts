/** English strings of the tag manager. */
export const tagsEn = {
  manager: {
    open: 'Manage tags…',
    title: 'Tags of this case',
    groupName: 'Group name',
    singleChoice: 'One tag only per item',
    groupUp: 'Move group {{name}} up',
    newTag: 'New tag in {{group}}',
    newTagPlaceholder: 'New tag…',
    add: 'Add',
    done: 'Done',
    colour: 'Colour of {{name}}',
    name: 'Name of {{name}}',
    key: 'Review-mode key of {{name}}',
    up: 'Move {{name}} up',
    mergeInto: 'Merge {{name}} into…',
    confirmMerge: 'Every item tagged “{{from}}” will be tagged “{{into}}” instead, and “{{from}}” will be archived. Continue?',
    merged: '“{{from}}” merged into “{{into}}” on {{count}} items.',
    archive: 'Archive {{name}}',
    archiveShort: 'Archive',
    problems: {
      'name-required': 'A tag needs a name.',
      'name-taken': 'This group already has a tag with that name.',
      'shortcut-taken': 'Another tag already uses that key.',
      'shortcut-reserved': 'J, K and ? move through review mode; choose another key.',
    },
  },
};
