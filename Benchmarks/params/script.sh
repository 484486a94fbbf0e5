#!/usr/bin/env bash
set -euo pipefail
# é 😀 — a script with CRLF-free lines
aws ec2 describe-instances --filters Name=tag:Name,Values=web-0 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ec2 run-instances --image-id ami-1 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-1}]'
aws dynamodb put-item --table-name t2 --item '{"pk": {"S": "a2"}, "n": {"N": "2"}}'
aws ec2 run-instances --image-id ami-3 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-3}]' \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=4,message=one timestamp=4,message=two
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=5,message=one timestamp=5,message=two
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=6,message=one timestamp=6,message=two \
  --region us-east-1
aws cloudformation create-stack --stack-name s7 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=7 --capabilities CAPABILITY_IAM
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ec2 run-instances --image-id ami-9 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-9}]' \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=10,message=one timestamp=10,message=two
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws cloudformation create-stack --stack-name s12 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=12 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws cloudformation create-stack --stack-name s13 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=13 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=15,message=one timestamp=15,message=two \
  --region us-east-1
aws dynamodb put-item --table-name t16 --item '{"pk": {"S": "a16"}, "n": {"N": "16"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ec2 run-instances --image-id ami-18 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-18}]' \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 19' --delay-seconds 5
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws cloudformation create-stack --stack-name s24 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=24 --capabilities CAPABILITY_IAM \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws cloudformation create-stack --stack-name s26 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=26 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=29,message=one timestamp=29,message=two
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=30,message=one timestamp=30,message=two \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 32' --delay-seconds 5
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=35,message=one timestamp=35,message=two
aws dynamodb put-item --table-name t36 --item '{"pk": {"S": "a36"}, "n": {"N": "36"}}' \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws cloudformation create-stack --stack-name s38 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=38 --capabilities CAPABILITY_IAM
aws ec2 run-instances --image-id ami-39 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-39}]' \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-40 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws dynamodb put-item --table-name t41 --item '{"pk": {"S": "a41"}, "n": {"N": "41"}}'
aws ec2 run-instances --image-id ami-42 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-42}]' \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 43' --delay-seconds 5
aws cloudformation create-stack --stack-name s44 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=44 --capabilities CAPABILITY_IAM
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws dynamodb put-item --table-name t46 --item '{"pk": {"S": "a46"}, "n": {"N": "46"}}'
aws dynamodb put-item --table-name t47 --item '{"pk": {"S": "a47"}, "n": {"N": "47"}}'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=48,message=one timestamp=48,message=two \
  --region us-east-1
aws cloudformation create-stack --stack-name s49 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=49 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=51,message=one timestamp=51,message=two \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws cloudformation create-stack --stack-name s53 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=53 --capabilities CAPABILITY_IAM
aws cloudformation create-stack --stack-name s54 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=54 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-55 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 56' --delay-seconds 5
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 57' --delay-seconds 5 \
  --region us-east-1
aws ec2 run-instances --image-id ami-58 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-58}]'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=59,message=one timestamp=59,message=two
aws ec2 run-instances --image-id ami-60 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-60}]' \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-61 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws cloudformation create-stack --stack-name s62 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=62 --capabilities CAPABILITY_IAM
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 63' --delay-seconds 5 \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=64,message=one timestamp=64,message=two
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=66,message=one timestamp=66,message=two \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws dynamodb put-item --table-name t68 --item '{"pk": {"S": "a68"}, "n": {"N": "68"}}'
aws cloudformation create-stack --stack-name s69 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=69 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-70 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 describe-instances --filters Name=tag:Name,Values=web-71 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws cloudformation create-stack --stack-name s76 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=76 --capabilities CAPABILITY_IAM
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 77' --delay-seconds 5
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 78' --delay-seconds 5 \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=79,message=one timestamp=79,message=two
aws dynamodb put-item --table-name t80 --item '{"pk": {"S": "a80"}, "n": {"N": "80"}}'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws cloudformation create-stack --stack-name s82 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=82 --capabilities CAPABILITY_IAM
aws ec2 describe-instances --filters Name=tag:Name,Values=web-83 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws cloudformation create-stack --stack-name s85 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=85 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=87,message=one timestamp=87,message=two \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 88' --delay-seconds 5
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws cloudformation create-stack --stack-name s90 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=90 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=91,message=one timestamp=91,message=two
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 92' --delay-seconds 5
aws cloudformation create-stack --stack-name s93 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=93 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 94' --delay-seconds 5
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 96' --delay-seconds 5 \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=97,message=one timestamp=97,message=two
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-100 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 describe-instances --filters Name=tag:Name,Values=web-101 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 run-instances --image-id ami-102 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-102}]' \
  --region us-east-1
aws dynamodb put-item --table-name t103 --item '{"pk": {"S": "a103"}, "n": {"N": "103"}}'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 run-instances --image-id ami-105 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-105}]' \
  --region us-east-1
aws ec2 run-instances --image-id ami-106 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-106}]'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=108,message=one timestamp=108,message=two \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws dynamodb put-item --table-name t110 --item '{"pk": {"S": "a110"}, "n": {"N": "110"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws dynamodb put-item --table-name t112 --item '{"pk": {"S": "a112"}, "n": {"N": "112"}}'
aws ec2 run-instances --image-id ami-113 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-113}]'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-114 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 115' --delay-seconds 5
aws dynamodb put-item --table-name t116 --item '{"pk": {"S": "a116"}, "n": {"N": "116"}}'
aws ec2 run-instances --image-id ami-117 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-117}]' \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-118 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 describe-instances --filters Name=tag:Name,Values=web-119 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws dynamodb put-item --table-name t120 --item '{"pk": {"S": "a120"}, "n": {"N": "120"}}' \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-121 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws dynamodb put-item --table-name t122 --item '{"pk": {"S": "a122"}, "n": {"N": "122"}}'
aws dynamodb put-item --table-name t123 --item '{"pk": {"S": "a123"}, "n": {"N": "123"}}' \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=124,message=one timestamp=124,message=two
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 125' --delay-seconds 5
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=126,message=one timestamp=126,message=two \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=127,message=one timestamp=127,message=two
aws ec2 run-instances --image-id ami-128 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-128}]'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws dynamodb put-item --table-name t130 --item '{"pk": {"S": "a130"}, "n": {"N": "130"}}'
aws cloudformation create-stack --stack-name s131 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=131 --capabilities CAPABILITY_IAM
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 132' --delay-seconds 5 \
  --region us-east-1
aws cloudformation create-stack --stack-name s133 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=133 --capabilities CAPABILITY_IAM
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws dynamodb put-item --table-name t135 --item '{"pk": {"S": "a135"}, "n": {"N": "135"}}' \
  --region us-east-1
aws ec2 run-instances --image-id ami-136 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-136}]'
aws dynamodb put-item --table-name t137 --item '{"pk": {"S": "a137"}, "n": {"N": "137"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws cloudformation create-stack --stack-name s139 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=139 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws cloudformation create-stack --stack-name s143 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=143 --capabilities CAPABILITY_IAM
aws ec2 describe-instances --filters Name=tag:Name,Values=web-144 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 describe-instances --filters Name=tag:Name,Values=web-146 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=147,message=one timestamp=147,message=two \
  --region us-east-1
aws cloudformation create-stack --stack-name s148 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=148 --capabilities CAPABILITY_IAM
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=150,message=one timestamp=150,message=two \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws cloudformation create-stack --stack-name s153 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=153 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 154' --delay-seconds 5
aws cloudformation create-stack --stack-name s155 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=155 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws dynamodb put-item --table-name t157 --item '{"pk": {"S": "a157"}, "n": {"N": "157"}}'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-158 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws dynamodb put-item --table-name t161 --item '{"pk": {"S": "a161"}, "n": {"N": "161"}}'
aws ec2 run-instances --image-id ami-162 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-162}]' \
  --region us-east-1
aws ec2 run-instances --image-id ami-163 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-163}]'
aws dynamodb put-item --table-name t164 --item '{"pk": {"S": "a164"}, "n": {"N": "164"}}'
aws dynamodb put-item --table-name t165 --item '{"pk": {"S": "a165"}, "n": {"N": "165"}}' \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-166 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws cloudformation create-stack --stack-name s167 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=167 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t168 --item '{"pk": {"S": "a168"}, "n": {"N": "168"}}' \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-169 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=173,message=one timestamp=173,message=two
aws ec2 describe-instances --filters Name=tag:Name,Values=web-174 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws cloudformation create-stack --stack-name s176 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=176 --capabilities CAPABILITY_IAM
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 178' --delay-seconds 5
aws ec2 run-instances --image-id ami-179 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-179}]'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws cloudformation create-stack --stack-name s181 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=181 --capabilities CAPABILITY_IAM
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=183,message=one timestamp=183,message=two \
  --region us-east-1
aws ec2 run-instances --image-id ami-184 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-184}]'
aws cloudformation create-stack --stack-name s185 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=185 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t186 --item '{"pk": {"S": "a186"}, "n": {"N": "186"}}' \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=187,message=one timestamp=187,message=two
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 189' --delay-seconds 5 \
  --region us-east-1
aws cloudformation create-stack --stack-name s190 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=190 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t191 --item '{"pk": {"S": "a191"}, "n": {"N": "191"}}'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-193 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 195' --delay-seconds 5 \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-196 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 197' --delay-seconds 5
aws cloudformation create-stack --stack-name s198 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=198 --capabilities CAPABILITY_IAM \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws dynamodb put-item --table-name t200 --item '{"pk": {"S": "a200"}, "n": {"N": "200"}}'
aws ec2 run-instances --image-id ami-201 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-201}]' \
  --region us-east-1
aws cloudformation create-stack --stack-name s202 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=202 --capabilities CAPABILITY_IAM
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 203' --delay-seconds 5
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=204,message=one timestamp=204,message=two \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ec2 run-instances --image-id ami-206 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-206}]'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws ec2 run-instances --image-id ami-208 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-208}]'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-209 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 describe-instances --filters Name=tag:Name,Values=web-210 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-211 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws dynamodb put-item --table-name t213 --item '{"pk": {"S": "a213"}, "n": {"N": "213"}}' \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 214' --delay-seconds 5
aws dynamodb put-item --table-name t215 --item '{"pk": {"S": "a215"}, "n": {"N": "215"}}'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 216' --delay-seconds 5 \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 217' --delay-seconds 5
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 218' --delay-seconds 5
aws ec2 run-instances --image-id ami-219 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-219}]' \
  --region us-east-1
aws dynamodb put-item --table-name t220 --item '{"pk": {"S": "a220"}, "n": {"N": "220"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=222,message=one timestamp=222,message=two \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-223 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 run-instances --image-id ami-224 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-224}]'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 225' --delay-seconds 5 \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws cloudformation create-stack --stack-name s227 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=227 --capabilities CAPABILITY_IAM
aws ec2 run-instances --image-id ami-228 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-228}]' \
  --region us-east-1
aws cloudformation create-stack --stack-name s229 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=229 --capabilities CAPABILITY_IAM
aws ec2 describe-instances --filters Name=tag:Name,Values=web-230 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 describe-instances --filters Name=tag:Name,Values=web-231 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 232' --delay-seconds 5
aws ec2 run-instances --image-id ami-233 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-233}]'
aws cloudformation create-stack --stack-name s234 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=234 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws ec2 run-instances --image-id ami-235 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-235}]'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ec2 run-instances --image-id ami-237 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-237}]' \
  --region us-east-1
aws dynamodb put-item --table-name t238 --item '{"pk": {"S": "a238"}, "n": {"N": "238"}}'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 239' --delay-seconds 5
aws dynamodb put-item --table-name t240 --item '{"pk": {"S": "a240"}, "n": {"N": "240"}}' \
  --region us-east-1
aws ec2 run-instances --image-id ami-241 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-241}]'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=242,message=one timestamp=242,message=two
aws dynamodb put-item --table-name t243 --item '{"pk": {"S": "a243"}, "n": {"N": "243"}}' \
  --region us-east-1
aws ec2 run-instances --image-id ami-244 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-244}]'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws dynamodb put-item --table-name t246 --item '{"pk": {"S": "a246"}, "n": {"N": "246"}}' \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 run-instances --image-id ami-249 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-249}]' \
  --region us-east-1
aws cloudformation create-stack --stack-name s250 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=250 --capabilities CAPABILITY_IAM
aws ec2 run-instances --image-id ami-251 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-251}]'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws cloudformation create-stack --stack-name s255 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=255 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-256 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 run-instances --image-id ami-257 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-257}]'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=258,message=one timestamp=258,message=two \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-259 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ec2 describe-instances --filters Name=tag:Name,Values=web-261 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ec2 run-instances --image-id ami-262 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-262}]'
aws cloudformation create-stack --stack-name s263 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=263 --capabilities CAPABILITY_IAM
aws cloudformation create-stack --stack-name s264 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=264 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws dynamodb put-item --table-name t265 --item '{"pk": {"S": "a265"}, "n": {"N": "265"}}'
aws dynamodb put-item --table-name t266 --item '{"pk": {"S": "a266"}, "n": {"N": "266"}}'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=267,message=one timestamp=267,message=two \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 268' --delay-seconds 5
aws ec2 run-instances --image-id ami-269 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-269}]'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 271' --delay-seconds 5
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws dynamodb put-item --table-name t275 --item '{"pk": {"S": "a275"}, "n": {"N": "275"}}'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 276' --delay-seconds 5 \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=277,message=one timestamp=277,message=two
aws cloudformation create-stack --stack-name s278 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=278 --capabilities CAPABILITY_IAM
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 279' --delay-seconds 5 \
  --region us-east-1
aws cloudformation create-stack --stack-name s280 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=280 --capabilities CAPABILITY_IAM
aws ec2 run-instances --image-id ami-281 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-281}]'
aws ec2 run-instances --image-id ami-282 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-282}]' \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 283' --delay-seconds 5
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=284,message=one timestamp=284,message=two
aws ec2 run-instances --image-id ami-285 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-285}]' \
  --region us-east-1
aws dynamodb put-item --table-name t286 --item '{"pk": {"S": "a286"}, "n": {"N": "286"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=288,message=one timestamp=288,message=two \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 289' --delay-seconds 5
aws dynamodb put-item --table-name t290 --item '{"pk": {"S": "a290"}, "n": {"N": "290"}}'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-291 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws dynamodb put-item --table-name t293 --item '{"pk": {"S": "a293"}, "n": {"N": "293"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 296' --delay-seconds 5
aws ec2 run-instances --image-id ami-297 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-297}]' \
  --region us-east-1
aws dynamodb put-item --table-name t298 --item '{"pk": {"S": "a298"}, "n": {"N": "298"}}'
aws ec2 run-instances --image-id ami-299 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-299}]'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=300,message=one timestamp=300,message=two \
  --region us-east-1
aws ec2 run-instances --image-id ami-301 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-301}]'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 302' --delay-seconds 5
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws cloudformation create-stack --stack-name s304 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=304 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t305 --item '{"pk": {"S": "a305"}, "n": {"N": "305"}}'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 307' --delay-seconds 5
aws ec2 describe-instances --filters Name=tag:Name,Values=web-308 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 309' --delay-seconds 5 \
  --region us-east-1
aws dynamodb put-item --table-name t310 --item '{"pk": {"S": "a310"}, "n": {"N": "310"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 312' --delay-seconds 5 \
  --region us-east-1
aws ec2 run-instances --image-id ami-313 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-313}]'
aws ec2 run-instances --image-id ami-314 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-314}]'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws cloudformation create-stack --stack-name s319 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=319 --capabilities CAPABILITY_IAM
aws ec2 run-instances --image-id ami-320 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-320}]'
aws dynamodb put-item --table-name t321 --item '{"pk": {"S": "a321"}, "n": {"N": "321"}}' \
  --region us-east-1
aws ec2 run-instances --image-id ami-322 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-322}]'
aws ec2 run-instances --image-id ami-323 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-323}]'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws dynamodb put-item --table-name t326 --item '{"pk": {"S": "a326"}, "n": {"N": "326"}}'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 327' --delay-seconds 5 \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=328,message=one timestamp=328,message=two
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=329,message=one timestamp=329,message=two
aws ec2 describe-instances --filters Name=tag:Name,Values=web-330 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ec2 run-instances --image-id ami-331 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-331}]'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 332' --delay-seconds 5
aws ec2 run-instances --image-id ami-333 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-333}]' \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-334 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 describe-instances --filters Name=tag:Name,Values=web-335 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 describe-instances --filters Name=tag:Name,Values=web-336 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-337 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 338' --delay-seconds 5
aws dynamodb put-item --table-name t339 --item '{"pk": {"S": "a339"}, "n": {"N": "339"}}' \
  --region us-east-1
aws ec2 run-instances --image-id ami-340 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-340}]'
aws dynamodb put-item --table-name t341 --item '{"pk": {"S": "a341"}, "n": {"N": "341"}}'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-342 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ec2 describe-instances --filters Name=tag:Name,Values=web-344 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 346' --delay-seconds 5
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ec2 describe-instances --filters Name=tag:Name,Values=web-348 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws dynamodb put-item --table-name t349 --item '{"pk": {"S": "a349"}, "n": {"N": "349"}}'
aws cloudformation create-stack --stack-name s350 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=350 --capabilities CAPABILITY_IAM
aws ec2 describe-instances --filters Name=tag:Name,Values=web-351 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws dynamodb put-item --table-name t354 --item '{"pk": {"S": "a354"}, "n": {"N": "354"}}' \
  --region us-east-1
aws ec2 run-instances --image-id ami-355 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-355}]'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=356,message=one timestamp=356,message=two
aws cloudformation create-stack --stack-name s357 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=357 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws dynamodb put-item --table-name t358 --item '{"pk": {"S": "a358"}, "n": {"N": "358"}}'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=359,message=one timestamp=359,message=two
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=360,message=one timestamp=360,message=two \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws cloudformation create-stack --stack-name s362 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=362 --capabilities CAPABILITY_IAM
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 363' --delay-seconds 5 \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-364 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws dynamodb put-item --table-name t365 --item '{"pk": {"S": "a365"}, "n": {"N": "365"}}'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=366,message=one timestamp=366,message=two \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws cloudformation create-stack --stack-name s368 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=368 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 371' --delay-seconds 5
aws ec2 describe-instances --filters Name=tag:Name,Values=web-372 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-373 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 describe-instances --filters Name=tag:Name,Values=web-374 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws dynamodb put-item --table-name t375 --item '{"pk": {"S": "a375"}, "n": {"N": "375"}}' \
  --region us-east-1
aws dynamodb put-item --table-name t376 --item '{"pk": {"S": "a376"}, "n": {"N": "376"}}'
aws cloudformation create-stack --stack-name s377 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=377 --capabilities CAPABILITY_IAM
aws cloudformation create-stack --stack-name s378 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=378 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-379 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 run-instances --image-id ami-380 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-380}]'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=382,message=one timestamp=382,message=two
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 describe-instances --filters Name=tag:Name,Values=web-384 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 385' --delay-seconds 5
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=386,message=one timestamp=386,message=two
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 389' --delay-seconds 5
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=390,message=one timestamp=390,message=two \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=391,message=one timestamp=391,message=two
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws cloudformation create-stack --stack-name s393 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=393 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 394' --delay-seconds 5
aws dynamodb put-item --table-name t395 --item '{"pk": {"S": "a395"}, "n": {"N": "395"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 run-instances --image-id ami-398 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-398}]'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 399' --delay-seconds 5 \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-400 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws dynamodb put-item --table-name t402 --item '{"pk": {"S": "a402"}, "n": {"N": "402"}}' \
  --region us-east-1
aws dynamodb put-item --table-name t403 --item '{"pk": {"S": "a403"}, "n": {"N": "403"}}'
aws dynamodb put-item --table-name t404 --item '{"pk": {"S": "a404"}, "n": {"N": "404"}}'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 405' --delay-seconds 5 \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-406 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=407,message=one timestamp=407,message=two
aws ec2 run-instances --image-id ami-408 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-408}]' \
  --region us-east-1
aws ec2 run-instances --image-id ami-409 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-409}]'
aws cloudformation create-stack --stack-name s410 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=410 --capabilities CAPABILITY_IAM
aws ec2 describe-instances --filters Name=tag:Name,Values=web-411 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-412 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws dynamodb put-item --table-name t413 --item '{"pk": {"S": "a413"}, "n": {"N": "413"}}'
aws cloudformation create-stack --stack-name s414 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=414 --capabilities CAPABILITY_IAM \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=417,message=one timestamp=417,message=two \
  --region us-east-1
aws cloudformation create-stack --stack-name s418 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=418 --capabilities CAPABILITY_IAM
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 419' --delay-seconds 5
aws cloudformation create-stack --stack-name s420 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=420 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-421 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 run-instances --image-id ami-423 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-423}]' \
  --region us-east-1
aws dynamodb put-item --table-name t424 --item '{"pk": {"S": "a424"}, "n": {"N": "424"}}'
aws ec2 run-instances --image-id ami-425 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-425}]'
aws dynamodb put-item --table-name t426 --item '{"pk": {"S": "a426"}, "n": {"N": "426"}}' \
  --region us-east-1
aws ec2 run-instances --image-id ami-427 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-427}]'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-428 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 run-instances --image-id ami-429 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-429}]' \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=430,message=one timestamp=430,message=two
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws cloudformation create-stack --stack-name s432 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=432 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws cloudformation create-stack --stack-name s433 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=433 --capabilities CAPABILITY_IAM
aws cloudformation create-stack --stack-name s434 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=434 --capabilities CAPABILITY_IAM
aws ec2 describe-instances --filters Name=tag:Name,Values=web-435 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 436' --delay-seconds 5
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=437,message=one timestamp=437,message=two
aws ec2 describe-instances --filters Name=tag:Name,Values=web-438 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=439,message=one timestamp=439,message=two
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ec2 run-instances --image-id ami-441 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-441}]' \
  --region us-east-1
aws cloudformation create-stack --stack-name s442 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=442 --capabilities CAPABILITY_IAM
aws cloudformation create-stack --stack-name s443 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=443 --capabilities CAPABILITY_IAM
aws ec2 run-instances --image-id ami-444 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-444}]' \
  --region us-east-1
aws dynamodb put-item --table-name t445 --item '{"pk": {"S": "a445"}, "n": {"N": "445"}}'
aws dynamodb put-item --table-name t446 --item '{"pk": {"S": "a446"}, "n": {"N": "446"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws cloudformation create-stack --stack-name s448 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=448 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=451,message=one timestamp=451,message=two
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws dynamodb put-item --table-name t455 --item '{"pk": {"S": "a455"}, "n": {"N": "455"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-457 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws dynamodb put-item --table-name t458 --item '{"pk": {"S": "a458"}, "n": {"N": "458"}}'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-459 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws dynamodb put-item --table-name t461 --item '{"pk": {"S": "a461"}, "n": {"N": "461"}}'
aws dynamodb put-item --table-name t462 --item '{"pk": {"S": "a462"}, "n": {"N": "462"}}' \
  --region us-east-1
aws dynamodb put-item --table-name t463 --item '{"pk": {"S": "a463"}, "n": {"N": "463"}}'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=464,message=one timestamp=464,message=two
aws ec2 describe-instances --filters Name=tag:Name,Values=web-465 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 466' --delay-seconds 5
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=467,message=one timestamp=467,message=two
aws cloudformation create-stack --stack-name s468 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=468 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws ec2 run-instances --image-id ami-469 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-469}]'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws cloudformation create-stack --stack-name s471 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=471 --capabilities CAPABILITY_IAM \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws dynamodb put-item --table-name t473 --item '{"pk": {"S": "a473"}, "n": {"N": "473"}}'
aws ec2 run-instances --image-id ami-474 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-474}]' \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 run-instances --image-id ami-476 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-476}]'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws dynamodb put-item --table-name t478 --item '{"pk": {"S": "a478"}, "n": {"N": "478"}}'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-479 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 run-instances --image-id ami-480 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-480}]' \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 481' --delay-seconds 5
aws dynamodb put-item --table-name t482 --item '{"pk": {"S": "a482"}, "n": {"N": "482"}}'
aws cloudformation create-stack --stack-name s483 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=483 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 484' --delay-seconds 5
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 485' --delay-seconds 5
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws ec2 run-instances --image-id ami-487 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-487}]'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=488,message=one timestamp=488,message=two
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=489,message=one timestamp=489,message=two \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 490' --delay-seconds 5
aws dynamodb put-item --table-name t491 --item '{"pk": {"S": "a491"}, "n": {"N": "491"}}'
aws cloudformation create-stack --stack-name s492 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=492 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 493' --delay-seconds 5
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=494,message=one timestamp=494,message=two
aws ec2 run-instances --image-id ami-495 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-495}]' \
  --region us-east-1
aws cloudformation create-stack --stack-name s496 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=496 --capabilities CAPABILITY_IAM
aws cloudformation create-stack --stack-name s497 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=497 --capabilities CAPABILITY_IAM
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws dynamodb put-item --table-name t500 --item '{"pk": {"S": "a500"}, "n": {"N": "500"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=502,message=one timestamp=502,message=two
aws cloudformation create-stack --stack-name s503 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=503 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t504 --item '{"pk": {"S": "a504"}, "n": {"N": "504"}}' \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-505 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=506,message=one timestamp=506,message=two
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 508' --delay-seconds 5
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws cloudformation create-stack --stack-name s510 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=510 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws cloudformation create-stack --stack-name s511 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=511 --capabilities CAPABILITY_IAM
aws cloudformation create-stack --stack-name s512 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=512 --capabilities CAPABILITY_IAM
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 513' --delay-seconds 5 \
  --region us-east-1
aws ec2 run-instances --image-id ami-514 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-514}]'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=515,message=one timestamp=515,message=two
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws dynamodb put-item --table-name t517 --item '{"pk": {"S": "a517"}, "n": {"N": "517"}}'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws cloudformation create-stack --stack-name s519 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=519 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-520 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws cloudformation create-stack --stack-name s521 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=521 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t522 --item '{"pk": {"S": "a522"}, "n": {"N": "522"}}' \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-523 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 run-instances --image-id ami-524 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-524}]'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 526' --delay-seconds 5
aws dynamodb put-item --table-name t527 --item '{"pk": {"S": "a527"}, "n": {"N": "527"}}'
aws cloudformation create-stack --stack-name s528 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=528 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws dynamodb put-item --table-name t529 --item '{"pk": {"S": "a529"}, "n": {"N": "529"}}'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-530 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=531,message=one timestamp=531,message=two \
  --region us-east-1
aws dynamodb put-item --table-name t532 --item '{"pk": {"S": "a532"}, "n": {"N": "532"}}'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=533,message=one timestamp=533,message=two
aws ec2 describe-instances --filters Name=tag:Name,Values=web-534 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=535,message=one timestamp=535,message=two
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws dynamodb put-item --table-name t537 --item '{"pk": {"S": "a537"}, "n": {"N": "537"}}' \
  --region us-east-1
aws ec2 run-instances --image-id ami-538 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-538}]'
aws cloudformation create-stack --stack-name s539 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=539 --capabilities CAPABILITY_IAM
aws ec2 run-instances --image-id ami-540 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-540}]' \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 541' --delay-seconds 5
aws ec2 run-instances --image-id ami-542 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-542}]'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=543,message=one timestamp=543,message=two \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 describe-instances --filters Name=tag:Name,Values=web-545 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 describe-instances --filters Name=tag:Name,Values=web-546 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ec2 run-instances --image-id ami-547 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-547}]'
aws cloudformation create-stack --stack-name s548 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=548 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t549 --item '{"pk": {"S": "a549"}, "n": {"N": "549"}}' \
  --region us-east-1
aws dynamodb put-item --table-name t550 --item '{"pk": {"S": "a550"}, "n": {"N": "550"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 554' --delay-seconds 5
aws dynamodb put-item --table-name t555 --item '{"pk": {"S": "a555"}, "n": {"N": "555"}}' \
  --region us-east-1
aws ec2 run-instances --image-id ami-556 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-556}]'
aws ec2 run-instances --image-id ami-557 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-557}]'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 558' --delay-seconds 5 \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=559,message=one timestamp=559,message=two
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 describe-instances --filters Name=tag:Name,Values=web-561 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws dynamodb put-item --table-name t562 --item '{"pk": {"S": "a562"}, "n": {"N": "562"}}'
aws dynamodb put-item --table-name t563 --item '{"pk": {"S": "a563"}, "n": {"N": "563"}}'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 564' --delay-seconds 5 \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws cloudformation create-stack --stack-name s566 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=566 --capabilities CAPABILITY_IAM
aws cloudformation create-stack --stack-name s567 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=567 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-568 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=569,message=one timestamp=569,message=two
aws dynamodb put-item --table-name t570 --item '{"pk": {"S": "a570"}, "n": {"N": "570"}}' \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 571' --delay-seconds 5
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws dynamodb put-item --table-name t573 --item '{"pk": {"S": "a573"}, "n": {"N": "573"}}' \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws cloudformation create-stack --stack-name s576 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=576 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 577' --delay-seconds 5
aws cloudformation create-stack --stack-name s578 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=578 --capabilities CAPABILITY_IAM
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws dynamodb put-item --table-name t580 --item '{"pk": {"S": "a580"}, "n": {"N": "580"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ec2 run-instances --image-id ami-582 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-582}]' \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-583 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=584,message=one timestamp=584,message=two
aws ec2 describe-instances --filters Name=tag:Name,Values=web-585 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws dynamodb put-item --table-name t586 --item '{"pk": {"S": "a586"}, "n": {"N": "586"}}'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=587,message=one timestamp=587,message=two
aws ec2 describe-instances --filters Name=tag:Name,Values=web-588 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-589 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 describe-instances --filters Name=tag:Name,Values=web-590 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=591,message=one timestamp=591,message=two \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 592' --delay-seconds 5
aws dynamodb put-item --table-name t593 --item '{"pk": {"S": "a593"}, "n": {"N": "593"}}'
aws cloudformation create-stack --stack-name s594 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=594 --capabilities CAPABILITY_IAM \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ec2 run-instances --image-id ami-596 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-596}]'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws dynamodb put-item --table-name t598 --item '{"pk": {"S": "a598"}, "n": {"N": "598"}}'
aws ec2 run-instances --image-id ami-599 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-599}]'
aws ec2 run-instances --image-id ami-600 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-600}]' \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws cloudformation create-stack --stack-name s602 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=602 --capabilities CAPABILITY_IAM
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 603' --delay-seconds 5 \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=604,message=one timestamp=604,message=two
aws ec2 run-instances --image-id ami-605 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-605}]'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-606 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=612,message=one timestamp=612,message=two \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=613,message=one timestamp=613,message=two
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 614' --delay-seconds 5
aws dynamodb put-item --table-name t615 --item '{"pk": {"S": "a615"}, "n": {"N": "615"}}' \
  --region us-east-1
aws ec2 run-instances --image-id ami-616 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-616}]'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-617 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 run-instances --image-id ami-618 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-618}]' \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws cloudformation create-stack --stack-name s620 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=620 --capabilities CAPABILITY_IAM
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=622,message=one timestamp=622,message=two
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=623,message=one timestamp=623,message=two
aws cloudformation create-stack --stack-name s624 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=624 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-625 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws dynamodb put-item --table-name t628 --item '{"pk": {"S": "a628"}, "n": {"N": "628"}}'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=629,message=one timestamp=629,message=two
aws cloudformation create-stack --stack-name s630 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=630 --capabilities CAPABILITY_IAM \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=632,message=one timestamp=632,message=two
aws dynamodb put-item --table-name t633 --item '{"pk": {"S": "a633"}, "n": {"N": "633"}}' \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 634' --delay-seconds 5
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=635,message=one timestamp=635,message=two
aws ec2 run-instances --image-id ami-636 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-636}]' \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ec2 run-instances --image-id ami-638 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-638}]'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=642,message=one timestamp=642,message=two \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 643' --delay-seconds 5
aws cloudformation create-stack --stack-name s644 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=644 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t645 --item '{"pk": {"S": "a645"}, "n": {"N": "645"}}' \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws cloudformation create-stack --stack-name s647 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=647 --capabilities CAPABILITY_IAM
aws ec2 describe-instances --filters Name=tag:Name,Values=web-648 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-649 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws cloudformation create-stack --stack-name s652 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=652 --capabilities CAPABILITY_IAM
aws ec2 describe-instances --filters Name=tag:Name,Values=web-653 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws cloudformation create-stack --stack-name s655 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=655 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t656 --item '{"pk": {"S": "a656"}, "n": {"N": "656"}}'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-657 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ec2 run-instances --image-id ami-658 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-658}]'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=659,message=one timestamp=659,message=two
aws dynamodb put-item --table-name t660 --item '{"pk": {"S": "a660"}, "n": {"N": "660"}}' \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-664 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws dynamodb put-item --table-name t666 --item '{"pk": {"S": "a666"}, "n": {"N": "666"}}' \
  --region us-east-1
aws ec2 run-instances --image-id ami-667 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-667}]'
aws cloudformation create-stack --stack-name s668 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=668 --capabilities CAPABILITY_IAM
aws ec2 run-instances --image-id ami-669 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-669}]' \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=672,message=one timestamp=672,message=two \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-673 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws dynamodb put-item --table-name t674 --item '{"pk": {"S": "a674"}, "n": {"N": "674"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=676,message=one timestamp=676,message=two
aws cloudformation create-stack --stack-name s677 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=677 --capabilities CAPABILITY_IAM
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 678' --delay-seconds 5 \
  --region us-east-1
aws dynamodb put-item --table-name t679 --item '{"pk": {"S": "a679"}, "n": {"N": "679"}}'
aws dynamodb put-item --table-name t680 --item '{"pk": {"S": "a680"}, "n": {"N": "680"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 describe-instances --filters Name=tag:Name,Values=web-684 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 685' --delay-seconds 5
aws cloudformation create-stack --stack-name s686 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=686 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 688' --delay-seconds 5
aws cloudformation create-stack --stack-name s689 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=689 --capabilities CAPABILITY_IAM
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws cloudformation create-stack --stack-name s691 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=691 --capabilities CAPABILITY_IAM
aws ec2 run-instances --image-id ami-692 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-692}]'
aws dynamodb put-item --table-name t693 --item '{"pk": {"S": "a693"}, "n": {"N": "693"}}' \
  --region us-east-1
aws ec2 run-instances --image-id ami-694 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-694}]'
aws dynamodb put-item --table-name t695 --item '{"pk": {"S": "a695"}, "n": {"N": "695"}}'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-696 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ec2 run-instances --image-id ami-697 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-697}]'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-698 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws cloudformation create-stack --stack-name s701 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=701 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 run-instances --image-id ami-704 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-704}]'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=705,message=one timestamp=705,message=two \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 706' --delay-seconds 5
aws ec2 run-instances --image-id ami-707 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-707}]'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 708' --delay-seconds 5 \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 describe-instances --filters Name=tag:Name,Values=web-710 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=712,message=one timestamp=712,message=two
aws ec2 describe-instances --filters Name=tag:Name,Values=web-713 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws cloudformation create-stack --stack-name s714 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=714 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=715,message=one timestamp=715,message=two
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws dynamodb put-item --table-name t717 --item '{"pk": {"S": "a717"}, "n": {"N": "717"}}' \
  --region us-east-1
aws ec2 run-instances --image-id ami-718 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-718}]'
aws dynamodb put-item --table-name t719 --item '{"pk": {"S": "a719"}, "n": {"N": "719"}}'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 720' --delay-seconds 5 \
  --region us-east-1
aws ec2 run-instances --image-id ami-721 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-721}]'
aws dynamodb put-item --table-name t722 --item '{"pk": {"S": "a722"}, "n": {"N": "722"}}'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws cloudformation create-stack --stack-name s724 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=724 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws dynamodb put-item --table-name t726 --item '{"pk": {"S": "a726"}, "n": {"N": "726"}}' \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 727' --delay-seconds 5
aws ec2 describe-instances --filters Name=tag:Name,Values=web-728 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws dynamodb put-item --table-name t729 --item '{"pk": {"S": "a729"}, "n": {"N": "729"}}' \
  --region us-east-1
aws cloudformation create-stack --stack-name s730 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=730 --capabilities CAPABILITY_IAM
aws ec2 run-instances --image-id ami-731 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-731}]'
aws dynamodb put-item --table-name t732 --item '{"pk": {"S": "a732"}, "n": {"N": "732"}}' \
  --region us-east-1
aws ec2 run-instances --image-id ami-733 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-733}]'
aws cloudformation create-stack --stack-name s734 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=734 --capabilities CAPABILITY_IAM
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 737' --delay-seconds 5
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 738' --delay-seconds 5 \
  --region us-east-1
aws cloudformation create-stack --stack-name s739 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=739 --capabilities CAPABILITY_IAM
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=740,message=one timestamp=740,message=two
aws ec2 run-instances --image-id ami-741 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-741}]' \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-742 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=743,message=one timestamp=743,message=two
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws dynamodb put-item --table-name t745 --item '{"pk": {"S": "a745"}, "n": {"N": "745"}}'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-746 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 748' --delay-seconds 5
aws cloudformation create-stack --stack-name s749 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=749 --capabilities CAPABILITY_IAM
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 750' --delay-seconds 5 \
  --region us-east-1
aws ec2 run-instances --image-id ami-751 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-751}]'
aws cloudformation create-stack --stack-name s752 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=752 --capabilities CAPABILITY_IAM
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 753' --delay-seconds 5 \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-754 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 run-instances --image-id ami-755 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-755}]'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws dynamodb put-item --table-name t757 --item '{"pk": {"S": "a757"}, "n": {"N": "757"}}'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 758' --delay-seconds 5
aws cloudformation create-stack --stack-name s759 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=759 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws dynamodb put-item --table-name t760 --item '{"pk": {"S": "a760"}, "n": {"N": "760"}}'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 761' --delay-seconds 5
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 762' --delay-seconds 5 \
  --region us-east-1
aws dynamodb put-item --table-name t763 --item '{"pk": {"S": "a763"}, "n": {"N": "763"}}'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 764' --delay-seconds 5
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws ec2 run-instances --image-id ami-766 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-766}]'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-767 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 768' --delay-seconds 5 \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 769' --delay-seconds 5
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 770' --delay-seconds 5
aws ec2 run-instances --image-id ami-771 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-771}]' \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=772,message=one timestamp=772,message=two
aws dynamodb put-item --table-name t773 --item '{"pk": {"S": "a773"}, "n": {"N": "773"}}'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=774,message=one timestamp=774,message=two \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=775,message=one timestamp=775,message=two
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 776' --delay-seconds 5
aws cloudformation create-stack --stack-name s777 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=777 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws ec2 run-instances --image-id ami-778 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-778}]'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 describe-instances --filters Name=tag:Name,Values=web-780 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=782,message=one timestamp=782,message=two
aws dynamodb put-item --table-name t783 --item '{"pk": {"S": "a783"}, "n": {"N": "783"}}' \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 785' --delay-seconds 5
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 786' --delay-seconds 5 \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 787' --delay-seconds 5
aws cloudformation create-stack --stack-name s788 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=788 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t789 --item '{"pk": {"S": "a789"}, "n": {"N": "789"}}' \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=790,message=one timestamp=790,message=two
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 791' --delay-seconds 5
aws ec2 describe-instances --filters Name=tag:Name,Values=web-792 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 describe-instances --filters Name=tag:Name,Values=web-794 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws dynamodb put-item --table-name t795 --item '{"pk": {"S": "a795"}, "n": {"N": "795"}}' \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ec2 describe-instances --filters Name=tag:Name,Values=web-797 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 run-instances --image-id ami-798 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-798}]' \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-799 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws cloudformation create-stack --stack-name s800 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=800 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws ec2 run-instances --image-id ami-802 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-802}]'
aws dynamodb put-item --table-name t803 --item '{"pk": {"S": "a803"}, "n": {"N": "803"}}'
aws ec2 run-instances --image-id ami-804 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-804}]' \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws dynamodb put-item --table-name t806 --item '{"pk": {"S": "a806"}, "n": {"N": "806"}}'
aws ec2 run-instances --image-id ami-807 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-807}]' \
  --region us-east-1
aws ec2 run-instances --image-id ami-808 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-808}]'
aws ec2 run-instances --image-id ami-809 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-809}]'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-811 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws cloudformation create-stack --stack-name s812 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=812 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 814' --delay-seconds 5
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=815,message=one timestamp=815,message=two
aws dynamodb put-item --table-name t816 --item '{"pk": {"S": "a816"}, "n": {"N": "816"}}' \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=819,message=one timestamp=819,message=two \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws cloudformation create-stack --stack-name s821 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=821 --capabilities CAPABILITY_IAM
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=822,message=one timestamp=822,message=two \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 823' --delay-seconds 5
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=825,message=one timestamp=825,message=two \
  --region us-east-1
aws ec2 run-instances --image-id ami-826 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-826}]'
aws dynamodb put-item --table-name t827 --item '{"pk": {"S": "a827"}, "n": {"N": "827"}}'
aws cloudformation create-stack --stack-name s828 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=828 --capabilities CAPABILITY_IAM \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws cloudformation create-stack --stack-name s831 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=831 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=832,message=one timestamp=832,message=two
aws ec2 run-instances --image-id ami-833 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-833}]'
aws cloudformation create-stack --stack-name s834 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=834 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws cloudformation create-stack --stack-name s835 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=835 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 837' --delay-seconds 5 \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=838,message=one timestamp=838,message=two
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws dynamodb put-item --table-name t841 --item '{"pk": {"S": "a841"}, "n": {"N": "841"}}'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 run-instances --image-id ami-843 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-843}]' \
  --region us-east-1
aws dynamodb put-item --table-name t844 --item '{"pk": {"S": "a844"}, "n": {"N": "844"}}'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 845' --delay-seconds 5
aws dynamodb put-item --table-name t846 --item '{"pk": {"S": "a846"}, "n": {"N": "846"}}' \
  --region us-east-1
aws cloudformation create-stack --stack-name s847 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=847 --capabilities CAPABILITY_IAM
aws cloudformation create-stack --stack-name s848 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=848 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t849 --item '{"pk": {"S": "a849"}, "n": {"N": "849"}}' \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=850,message=one timestamp=850,message=two
aws dynamodb put-item --table-name t851 --item '{"pk": {"S": "a851"}, "n": {"N": "851"}}'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-852 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=853,message=one timestamp=853,message=two
aws ec2 describe-instances --filters Name=tag:Name,Values=web-854 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 describe-instances --filters Name=tag:Name,Values=web-855 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws dynamodb put-item --table-name t856 --item '{"pk": {"S": "a856"}, "n": {"N": "856"}}'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws cloudformation create-stack --stack-name s858 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=858 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 860' --delay-seconds 5
aws cloudformation create-stack --stack-name s861 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=861 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws cloudformation create-stack --stack-name s862 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=862 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t863 --item '{"pk": {"S": "a863"}, "n": {"N": "863"}}'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws ec2 run-instances --image-id ami-865 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-865}]'
aws ec2 run-instances --image-id ami-866 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-866}]'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws cloudformation create-stack --stack-name s868 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=868 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t869 --item '{"pk": {"S": "a869"}, "n": {"N": "869"}}'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=870,message=one timestamp=870,message=two \
  --region us-east-1
aws dynamodb put-item --table-name t871 --item '{"pk": {"S": "a871"}, "n": {"N": "871"}}'
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 872' --delay-seconds 5
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=873,message=one timestamp=873,message=two \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 874' --delay-seconds 5
aws cloudformation create-stack --stack-name s875 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=875 --capabilities CAPABILITY_IAM
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=876,message=one timestamp=876,message=two \
  --region us-east-1
aws ec2 run-instances --image-id ami-877 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-877}]'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=878,message=one timestamp=878,message=two
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 879' --delay-seconds 5 \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-880 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws cloudformation create-stack --stack-name s881 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=881 --capabilities CAPABILITY_IAM
aws ec2 describe-instances --filters Name=tag:Name,Values=web-882 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 describe-instances --filters Name=tag:Name,Values=web-884 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws dynamodb put-item --table-name t885 --item '{"pk": {"S": "a885"}, "n": {"N": "885"}}' \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 886' --delay-seconds 5
aws ec2 describe-instances --filters Name=tag:Name,Values=web-887 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws dynamodb put-item --table-name t888 --item '{"pk": {"S": "a888"}, "n": {"N": "888"}}' \
  --region us-east-1
aws cloudformation create-stack --stack-name s889 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=889 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t890 --item '{"pk": {"S": "a890"}, "n": {"N": "890"}}'
aws dynamodb put-item --table-name t891 --item '{"pk": {"S": "a891"}, "n": {"N": "891"}}' \
  --region us-east-1
aws cloudformation create-stack --stack-name s892 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=892 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t893 --item '{"pk": {"S": "a893"}, "n": {"N": "893"}}'
aws cloudformation create-stack --stack-name s894 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=894 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 895' --delay-seconds 5
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=896,message=one timestamp=896,message=two
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=898,message=one timestamp=898,message=two
aws cloudformation create-stack --stack-name s899 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=899 --capabilities CAPABILITY_IAM
aws cloudformation create-stack --stack-name s900 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=900 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws ec2 run-instances --image-id ami-901 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-901}]'
aws ec2 run-instances --image-id ami-902 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-902}]'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-903 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ec2 describe-instances --filters Name=tag:Name,Values=web-905 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 run-instances --image-id ami-908 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-908}]'
aws dynamodb put-item --table-name t909 --item '{"pk": {"S": "a909"}, "n": {"N": "909"}}' \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-910 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=911,message=one timestamp=911,message=two
aws ec2 run-instances --image-id ami-912 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-912}]' \
  --region us-east-1
aws cloudformation create-stack --stack-name s913 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=913 --capabilities CAPABILITY_IAM
aws ec2 describe-instances --filters Name=tag:Name,Values=web-914 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws ec2 run-instances --image-id ami-916 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-916}]'
aws cloudformation create-stack --stack-name s917 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=917 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws cloudformation create-stack --stack-name s920 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=920 --capabilities CAPABILITY_IAM
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 921' --delay-seconds 5 \
  --region us-east-1
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 run-instances --image-id ami-923 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-923}]'
aws cloudformation create-stack --stack-name s924 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=924 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws ec2 run-instances --image-id ami-925 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-925}]'
aws dynamodb put-item --table-name t926 --item '{"pk": {"S": "a926"}, "n": {"N": "926"}}'
aws dynamodb put-item --table-name t927 --item '{"pk": {"S": "a927"}, "n": {"N": "927"}}' \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-928 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=929,message=one timestamp=929,message=two
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ec2 run-instances --image-id ami-932 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-932}]'
aws cloudformation create-stack --stack-name s933 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=933 --capabilities CAPABILITY_IAM \
  --region us-east-1
aws ec2 run-instances --image-id ami-934 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-934}]'
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=935,message=one timestamp=935,message=two
aws dynamodb put-item --table-name t936 --item '{"pk": {"S": "a936"}, "n": {"N": "936"}}' \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=937,message=one timestamp=937,message=two
aws cloudformation create-stack --stack-name s938 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=938 --capabilities CAPABILITY_IAM
aws ec2 run-instances --image-id ami-939 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-939}]' \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=940,message=one timestamp=940,message=two
aws ec2 run-instances --image-id ami-941 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-941}]'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-942 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws cloudformation create-stack --stack-name s943 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=943 --capabilities CAPABILITY_IAM
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws ec2 describe-instances --filters Name=tag:Name,Values=web-945 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws dynamodb put-item --table-name t946 --item '{"pk": {"S": "a946"}, "n": {"N": "946"}}'
aws cloudformation create-stack --stack-name s947 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=947 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t948 --item '{"pk": {"S": "a948"}, "n": {"N": "948"}}' \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=949,message=one timestamp=949,message=two
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 951' --delay-seconds 5 \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=952,message=one timestamp=952,message=two
aws ec2 run-instances --image-id ami-953 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-953}]'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 955' --delay-seconds 5
aws dynamodb put-item --table-name t956 --item '{"pk": {"S": "a956"}, "n": {"N": "956"}}'
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=958,message=one timestamp=958,message=two
aws dynamodb put-item --table-name t959 --item '{"pk": {"S": "a959"}, "n": {"N": "959"}}'
aws ec2 run-instances --image-id ami-960 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-960}]' \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws dynamodb put-item --table-name t962 --item '{"pk": {"S": "a962"}, "n": {"N": "962"}}'
aws dynamodb put-item --table-name t963 --item '{"pk": {"S": "a963"}, "n": {"N": "963"}}' \
  --region us-east-1
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws cloudformation create-stack --stack-name s965 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=965 --capabilities CAPABILITY_IAM
aws ec2 describe-instances --filters Name=tag:Name,Values=web-966 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws ec2 describe-instances --filters Name=tag:Name,Values=web-967 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws dynamodb put-item --table-name t968 --item '{"pk": {"S": "a968"}, "n": {"N": "968"}}'
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws cloudformation create-stack --stack-name s970 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=970 --capabilities CAPABILITY_IAM
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3
aws ec2 describe-instances --filters Name=tag:Name,Values=web-972 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws cloudformation create-stack --stack-name s973 --template-body '{}' --parameters ParameterKey=Env,ParameterValue=prod ParameterKey=Size,ParameterValue=973 --capabilities CAPABILITY_IAM
aws dynamodb put-item --table-name t974 --item '{"pk": {"S": "a974"}, "n": {"N": "974"}}'
aws dynamodb put-item --table-name t975 --item '{"pk": {"S": "a975"}, "n": {"N": "975"}}' \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=976,message=one timestamp=976,message=two
aws dynamodb put-item --table-name t977 --item '{"pk": {"S": "a977"}, "n": {"N": "977"}}'
aws dynamodb put-item --table-name t978 --item '{"pk": {"S": "a978"}, "n": {"N": "978"}}' \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=979,message=one timestamp=979,message=two
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text)
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=981,message=one timestamp=981,message=two \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 982' --delay-seconds 5
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=983,message=one timestamp=983,message=two
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 985' --delay-seconds 5
aws ec2 describe-instances --filters Name=tag:Name,Values=web-986 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 describe-instances --filters Name=tag:Name,Values=web-987 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=988,message=one timestamp=988,message=two
aws ec2 describe-instances --filters Name=tag:Name,Values=web-989 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
aws ssm list-command-invocations --filters key=Status,value=Success --max-items 5 --page-size 3 \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 991' --delay-seconds 5
aws ec2 describe-instances --filters Name=tag:Name,Values=web-992 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text
ID=$(aws ec2 describe-vpcs --filters "Name=tag:env,Values=$ENV" --query 'Vpcs[0].VpcId' --output text) \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 994' --delay-seconds 5
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=995,message=one timestamp=995,message=two
aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=996,message=one timestamp=996,message=two \
  --region us-east-1
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body 'hello 997' --delay-seconds 5
aws ec2 run-instances --image-id ami-998 --count 1:2 --instance-type t3.micro --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=10,DeleteOnTermination=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-998}]'
aws ec2 describe-instances --filters Name=tag:Name,Values=web-999 Name=instance-state-name,Values=running --query 'Reservations[].Instances[].InstanceId' --output text \
  --region us-east-1
