/**
 * The background's one repository over the "quire" database, opened on first use so a
 * service worker woken for a menu click or a badge update does no work it does not need.
 */
import { createRepository, openDatabase, type Repository } from '../storage';

let repository: Repository | null = null;

export function getRepository(): Repository {
  repository ??= createRepository(openDatabase());
  return repository;
}
