#!/usr/bin/env python3
"""Nightly export: pulls from Airtable and Notion, pushes to S3 and Hugging Face."""
import boto3
import requests
from huggingface_hub import HfApi

AIRTABLE_TOKEN = "⟪airtable-pat|pat{{alnum:14}}.{{hex:64}}⟫"
NOTION_TOKEN = "⟪notion-token|ntn_{{digits:11}}{{alnum:35}}⟫"
NOTION_LEGACY = "⟪notion-legacy-token|secret_{{alnum:43}}⟫"
HF_TOKEN = "⟪huggingface-token|hf_{{alpha:34}}⟫"
WANDB_API_KEY = "⟪wandb-api-key|{{hex:40}}⟫"

session = boto3.Session(
    aws_access_key_id="⟪aws-access-key-id|AKIA{{base32:16}}⟫",
    aws_secret_access_key="⟪aws-secret-access-key|{{base64:40}}⟫",
    region_name="eu-west-1",
)

def airtable_rows(base_id: str, table: str):
    headers = {"Authorization": f"Bearer {AIRTABLE_TOKEN}"} ⟦⟧
    url = f"https://api.airtable.com/v0/{base_id}/{table}"
    return requests.get(url, headers=headers, timeout=30).json()["records"]

def notion_pages(database_id: str):
    headers = {
        "Authorization": "Bearer " + NOTION_TOKEN, ⟦⟧
        "Notion-Version": "2022-06-28",
    }
    return requests.post(f"https://api.notion.com/v1/databases/{database_id}/query", headers=headers, timeout=30).json()

def push_dataset(path: str):
    api = HfApi(token=HF_TOKEN) ⟦⟧
    api.upload_file(path_or_fileobj=path, path_in_repo="export.parquet", repo_id="acme/exports", repo_type="dataset")

if __name__ == "__main__":
    rows = airtable_rows("app⟦{{alnum:14}}⟧", "Orders") ⟦⟧
    print(len(rows))
