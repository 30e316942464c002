"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('app_meta',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_meta'))
    )
    op.create_table('collaboratives',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('focus', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('sponsor', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('colour', sa.String(length=9), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_collaboratives')),
    sa.UniqueConstraint('name', name=op.f('uq_collaboratives_name'))
    )
    op.create_table('contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('email_key', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('organization', sa.String(length=200), nullable=False),
    sa.Column('department', sa.String(length=200), nullable=False),
    sa.Column('job_title', sa.String(length=200), nullable=False),
    sa.Column('participant_type', sa.String(length=60), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('consent', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts')),
    sa.UniqueConstraint('email_key', name=op.f('uq_contacts_email_key'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index('ix_contacts_last_first', ['last_name', 'first_name'], unique=False)

    op.create_table('membership_roles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership_roles')),
    sa.UniqueConstraint('name', name=op.f('uq_membership_roles_name'))
    )
    op.create_table('participant_types',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant_types')),
    sa.UniqueConstraint('name', name=op.f('uq_participant_types_name'))
    )
    op.create_table('saved_mappings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('signature', sa.String(length=64), nullable=False),
    sa.Column('mapping', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_saved_mappings')),
    sa.UniqueConstraint('signature', name=op.f('uq_saved_mappings_signature'))
    )
    op.create_table('trash_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('label', sa.String(length=400), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trash_items'))
    )
    op.create_table('import_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('collaborative_id', sa.Integer(), nullable=True),
    sa.Column('added', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('errors', sa.Integer(), nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['collaborative_id'], ['collaboratives.id'], name=op.f('fk_import_batches_collaborative_id_collaboratives'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batches'))
    )
    op.create_table('memberships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('collaborative_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=60), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['collaborative_id'], ['collaboratives.id'], name=op.f('fk_memberships_collaborative_id_collaboratives'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_memberships_contact_id_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_memberships')),
    sa.UniqueConstraint('contact_id', 'collaborative_id', name=op.f('uq_memberships_contact_id'))
    )
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_memberships_collaborative_id'), ['collaborative_id'], unique=False)

    op.create_table('session_series',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('collaborative_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('rrule', sa.Text(), nullable=False),
    sa.Column('dtstart_local', sa.String(length=32), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('exdates', sa.Text(), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('presenters', sa.String(length=300), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('followup_of_series_id', sa.String(length=36), nullable=True),
    sa.Column('restricted_role', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['collaborative_id'], ['collaboratives.id'], name=op.f('fk_session_series_collaborative_id_collaboratives'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['followup_of_series_id'], ['session_series.id'], name=op.f('fk_session_series_followup_of_series_id_session_series'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_series'))
    )
    op.create_table('import_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=20), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('before', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batches.id'], name=op.f('fk_import_changes_batch_id_import_batches'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_changes'))
    )
    with op.batch_alter_table('import_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_changes_batch_id'), ['batch_id'], unique=False)

    op.create_table('learning_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('collaborative_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('start_at', sa.DateTime(), nullable=False),
    sa.Column('end_at', sa.DateTime(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('presenters', sa.String(length=300), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('series_id', sa.String(length=36), nullable=True),
    sa.Column('recurrence_id', sa.DateTime(), nullable=True),
    sa.Column('followup_of_id', sa.Integer(), nullable=True),
    sa.Column('restricted_role', sa.String(length=60), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['collaborative_id'], ['collaboratives.id'], name=op.f('fk_learning_sessions_collaborative_id_collaboratives'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['followup_of_id'], ['learning_sessions.id'], name=op.f('fk_learning_sessions_followup_of_id_learning_sessions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['series_id'], ['session_series.id'], name=op.f('fk_learning_sessions_series_id_session_series'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_sessions'))
    )
    with op.batch_alter_table('learning_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_learning_sessions_collaborative_id'), ['collaborative_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_learning_sessions_series_id'), ['series_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_learning_sessions_start_at'), ['start_at'], unique=False)

    op.create_table('series_registrations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series_id', sa.String(length=36), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_series_registrations_contact_id_contacts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['series_id'], ['session_series.id'], name=op.f('fk_series_registrations_series_id_session_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_series_registrations')),
    sa.UniqueConstraint('series_id', 'contact_id', name=op.f('uq_series_registrations_series_id'))
    )
    with op.batch_alter_table('series_registrations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_series_registrations_contact_id'), ['contact_id'], unique=False)

    op.create_table('registrations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('walk_in', sa.Boolean(), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_registrations_contact_id_contacts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['learning_sessions.id'], name=op.f('fk_registrations_session_id_learning_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registrations')),
    sa.UniqueConstraint('session_id', 'contact_id', name=op.f('uq_registrations_session_id'))
    )
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registrations_contact_id'), ['contact_id'], unique=False)

    # Built-in vocabularies (users may add more).
    types = sa.table("participant_types", sa.column("name", sa.String), sa.column("builtin", sa.Boolean), sa.column("sort_order", sa.Integer))
    op.bulk_insert(types, [
        {"name": n, "builtin": True, "sort_order": i}
        for i, n in enumerate(["patient", "family member", "frontline team member", "researcher", "improver", "operations"])
    ])
    roles = sa.table("membership_roles", sa.column("name", sa.String), sa.column("builtin", sa.Boolean), sa.column("sort_order", sa.Integer))
    op.bulk_insert(roles, [
        {"name": n, "builtin": True, "sort_order": i}
        for i, n in enumerate(["lead contact", "member", "presenter", "coach", "scholar", "scientist", "investigator", "QI leader"])
    ])


def downgrade() -> None:
    
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registrations_contact_id'))

    op.drop_table('registrations')
    with op.batch_alter_table('series_registrations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_series_registrations_contact_id'))

    op.drop_table('series_registrations')
    with op.batch_alter_table('learning_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_learning_sessions_start_at'))
        batch_op.drop_index(batch_op.f('ix_learning_sessions_series_id'))
        batch_op.drop_index(batch_op.f('ix_learning_sessions_collaborative_id'))

    op.drop_table('learning_sessions')
    with op.batch_alter_table('import_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_changes_batch_id'))

    op.drop_table('import_changes')
    op.drop_table('session_series')
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_memberships_collaborative_id'))

    op.drop_table('memberships')
    op.drop_table('import_batches')
    op.drop_table('trash_items')
    op.drop_table('saved_mappings')
    op.drop_table('participant_types')
    op.drop_table('membership_roles')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index('ix_contacts_last_first')

    op.drop_table('contacts')
    op.drop_table('collaboratives')
    op.drop_table('app_meta')
    
