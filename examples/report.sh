#!/bin/sh
# Reports yesterday's failed maintenance-window task invocations. cli-input-ls checks the aws command lines of
# this script, and the input file it names is associated with the command's operation.
set -eu

WINDOW_EXECUTION_ID=$1
TASK_ID=$2

aws ssm describe-maintenance-window-execution-task-invocations \
    --window-execution-id "$WINDOW_EXECUTION_ID" \
    --task-id "$TASK_ID" \
    --filters Key=STATUS,Values=FAILED,TIMEDOUT \
    --max-items 50

aws ssm list-command-invocations --cli-input-json file://scripted/failed-commands.json --output table
