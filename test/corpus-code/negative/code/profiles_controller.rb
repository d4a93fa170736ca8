# frozen_string_literal: true

class ProfilesController < ApplicationController
  def show
    @profile = Profile.find_by!(user_id: params[:id]) ⟦⟧
    @recent = Profile.where("updated_at > ?", 1.week.ago) ⟦⟧
  end

  def search
    @profiles = Profile.where("name ILIKE ?", "%#{Profile.sanitize_sql_like(params[:q].to_s)}%") ⟦⟧
  end

  def avatar
    name = File.basename(params[:file].to_s) ⟦⟧
    send_file Rails.root.join("storage", "avatars", name), disposition: "inline" ⟦⟧
  end

  def export
    system("zip", "-r", "/tmp/export.zip", "--", params[:dir].to_s) ⟦⟧
    stdout, _ = Open3.capture2("git", "log", "-1", "--format=%h") ⟦⟧
    render plain: stdout
  end

  def restore
    state = JSON.parse(cookies.encrypted[:state] || "{}") ⟦⟧
    render json: state
  end

  def digest_password(password)
    BCrypt::Password.create(password) ⟦⟧
  end

  def etag_for(body)
    Digest::SHA256.hexdigest(body) ⟦⟧
  end

  def token
    SecureRandom.hex(32) ⟦⟧
  end
end
